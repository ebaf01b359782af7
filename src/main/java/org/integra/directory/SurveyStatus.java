package org.integra.directory;

/**
 * How far the survey of a country's local-government associations has got.
 */
public enum SurveyStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETE

}
