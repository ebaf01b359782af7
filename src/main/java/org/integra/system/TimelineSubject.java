package org.integra.system;

/**
 * What a timeline is about: a city, an organization or a person.
 */
public enum TimelineSubject {

	CITY, ORGANIZATION, PERSON

}
