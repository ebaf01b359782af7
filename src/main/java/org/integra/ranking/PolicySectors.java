package org.integra.ranking;

import java.util.List;

import org.integra.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of municipal policy sectors and the units covering each; a change re-ranks.
 */
@Service
@Transactional(readOnly = true)
public class PolicySectors {

	private final PolicySectorRepository sectors;

	PolicySectors(PolicySectorRepository sectors) {
		this.sectors = sectors;
	}

	public List<PolicySector> all() {
		return this.sectors.findAllByOrderByCodeAsc();
	}

	public PolicySector get(long id) {
		return this.sectors.findById(id).orElseThrow(() -> new NotFoundException("ranking.sector.notFound", id));
	}

	public boolean codeTaken(String code, Long exceptId) {
		return (exceptId == null) ? this.sectors.existsByCodeIgnoreCase(code)
				: this.sectors.existsByCodeIgnoreCaseAndIdNot(code, exceptId);
	}

	/** Saves a new or changed sector; the ranking sees the change at once. */
	@Transactional
	public PolicySector save(PolicySector sector) {
		RankingChanges.changed();
		return this.sectors.saveAndFlush(sector);
	}

}
