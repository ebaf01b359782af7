package org.integra.letters;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterTemplateRepository extends JpaRepository<LetterTemplate, Long> {

	List<LetterTemplate> findAllByOrderByPurposeAscLanguageAscNameAscIdAsc();

}
