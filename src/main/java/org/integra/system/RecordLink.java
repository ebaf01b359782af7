package org.integra.system;

/**
 * A record as other modules show it: its name and the path of its page.
 *
 * @param name the record's name for display
 * @param path the path of its page, e.g. {@code /cities/8}
 */
public record RecordLink(String name, String path) {

}
