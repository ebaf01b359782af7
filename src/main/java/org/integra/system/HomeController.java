package org.integra.system;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	/** The public portal shows a visitor who is not signed in what the network is. */
	static final String PUBLIC_HOME = "forward:/portal";

	@GetMapping("/")
	String home(Principal user) {
		return (user != null) ? "system/home" : PUBLIC_HOME;
	}

}
