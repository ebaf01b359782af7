package org.integra.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalTextRepository extends JpaRepository<PortalText, Long> {

	Optional<PortalText> findBySectionAndLanguage(PortalSection section, String language);

	List<PortalText> findByLanguage(String language);

}
