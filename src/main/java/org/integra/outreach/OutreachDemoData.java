package org.integra.outreach;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.system.DemoSeeds;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the work plan's candidate cities in the pipeline as identified on the first start.
 */
@Component
@ConditionalOnProperty(name = "integra.demo-data", havingValue = "true", matchIfMissing = true)
@Order(10)
class OutreachDemoData implements ApplicationRunner {

	static final String NOTE = "Plan de trabajo 2017, acción 1";

	private final DemoSeeds seeds;

	private final CityCatalog cities;

	private final Pipeline pipeline;

	OutreachDemoData(DemoSeeds seeds, CityCatalog cities, Pipeline pipeline) {
		this.seeds = seeds;
		this.cities = cities;
		this.pipeline = pipeline;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.seeds.loadOnce("outreach-candidates", () -> {
			for (CitySummary city : this.cities.candidateCities()) {
				this.pipeline.identify(city.id(), NOTE, "system");
			}
		});
	}

}
