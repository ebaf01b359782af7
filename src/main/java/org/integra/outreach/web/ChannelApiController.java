package org.integra.outreach.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.outreach.Channel;
import org.integra.outreach.ChannelMatrix;
import org.integra.outreach.ChannelOverview;
import org.integra.outreach.ChannelOverview.CandidateChannels;
import org.integra.outreach.Stage;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/channel-matrix")
@Tag(name = "Channel matrix",
		description = "Which routes reached each candidate city: count and last date per channel, the gaps, "
				+ "and the tripartite embassy coverage")
class ChannelApiController {

	record NamedDto(long id, String name) {
	}

	record CellDto(Channel channel, int count, LocalDate lastDate, boolean gap, List<NamedDto> intermediaries,
			List<NamedDto> mentorCities) {
	}

	record MatrixDto(long cityId, String cityName, String countryCode, Stage stage, List<CellDto> channels,
			List<Channel> gaps, int tripartiteCoverage, int tripartiteRoutes, int total, LocalDate lastDate) {
	}

	private final ChannelOverview overview;

	ChannelApiController(ChannelOverview overview) {
		this.overview = overview;
	}

	@GetMapping
	@Operation(summary = "The channel matrix of every candidate the caller may see",
			description = "Optionally in one stage and one country (ISO code); sort=city (default) or coverage "
					+ "(best tripartite coverage first). A mentor sees only the candidates assigned to their city. "
					+ "400 for an unknown stage. The whole list, as one page.")
	ApiPage<MatrixDto> all(@RequestParam(required = false) String stage, @RequestParam(required = false) String country,
			@RequestParam(required = false) String sort) {
		Stage chosen = BoardController.parseStage(stage);
		if (stage != null && !stage.isBlank() && chosen == null) {
			MapBindingResult errors = new MapBindingResult(new HashMap<String, Object>(), "channelMatrix");
			errors.rejectValue("stage", "outreach.move.refused.unknownStage");
			throw new ValidationFailedException(errors);
		}
		List<CandidateChannels> rows = this.overview.all(chosen, ChannelController.parseCountry(country),
				ChannelController.parseSort(sort));
		ChannelOverview.Names names = this.overview.names(rows.stream().map(CandidateChannels::row).toList());
		return ApiPage.all(rows.stream().map((row) -> dto(row, names)).toList());
	}

	@GetMapping("/{cityId}")
	@Operation(summary = "One candidate's channel matrix",
			description = "404 when the city is not a candidate the caller may see.")
	MatrixDto one(@PathVariable long cityId) {
		CandidateChannels channels = this.overview.of(cityId);
		return dto(channels, this.overview.names(List.of(channels.row())));
	}

	private static MatrixDto dto(CandidateChannels channels, ChannelOverview.Names names) {
		ChannelMatrix.Row row = channels.row();
		List<CellDto> cells = row.cells()
			.stream()
			.map((cell) -> new CellDto(cell.channel(), cell.count(), cell.lastDate(), cell.isGap(),
					cell.intermediaryIds().stream().map((id) -> new NamedDto(id, names.organization(id))).toList(),
					cell.mentorCityIds().stream().map((id) -> new NamedDto(id, names.city(id))).toList()))
			.toList();
		return new MatrixDto(channels.city().id(), channels.city().name(), channels.city().countryCode(),
				channels.candidate().getStage(), cells, row.gaps(), row.tripartiteCoverage(), row.tripartiteRoutes(),
				row.total(), row.lastDate());
	}

}
