package org.integra.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssociationSurveyRepository extends JpaRepository<AssociationSurvey, String> {

}
