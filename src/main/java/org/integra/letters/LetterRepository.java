package org.integra.letters;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterRepository extends JpaRepository<Letter, Long> {

	List<Letter> findByCityIdOrderBySentAtDescIdDesc(long cityId);

}
