package dev.strata.spring.rest.chinook.model;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@link PlaylistTrack}. */
public class PlaylistTrackId implements Serializable {
    private static final long serialVersionUID = 1L;

    private Integer playlistId;
    private Integer trackId;

    public PlaylistTrackId() {
    }

    public PlaylistTrackId(Integer playlistId, Integer trackId) {
        this.playlistId = playlistId;
        this.trackId = trackId;
    }

    public Integer getPlaylistId() {
        return playlistId;
    }

    public Integer getTrackId() {
        return trackId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PlaylistTrackId)) {
            return false;
        }
        PlaylistTrackId other = (PlaylistTrackId) o;
        return Objects.equals(playlistId, other.playlistId)
                && Objects.equals(trackId, other.trackId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(playlistId, trackId);
    }
}
