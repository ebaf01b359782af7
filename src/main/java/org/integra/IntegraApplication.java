package org.integra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IntegraApplication {

	public static void main(String[] args) {
		SpringApplication.run(IntegraApplication.class, args);
	}

}
