package dev.strata.spring.rest;

import java.util.List;

/** What the REST API serves, for the admin app: it addresses records by these keys at these paths. */
public interface ServedResources {

    /**
     * One served resource.
     *
     * @param path the collection's path without its slash ({@code albums})
     * @param keys the key fields, in the order the record's path lists them ({@code /playlist-tracks/{playlistId}/{trackId}})
     */
    record Served(String path, List<String> keys) {
        public Served {
            keys = List.copyOf(keys);
        }
    }

    /** Sorted by path. */
    List<Served> served();
}
