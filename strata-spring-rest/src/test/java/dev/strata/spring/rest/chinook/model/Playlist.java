package dev.strata.spring.rest.chinook.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import java.util.ArrayList;
import java.util.List;

/** The {@code playlist} table. */
@Entity
public class Playlist {
    @Id
    private Integer playlistId;

    @Column(length = 120)
    private String name;

    @OneToMany(mappedBy = "playlist")
    private List<PlaylistTrack> playlistTracks = new ArrayList<>();

    public Integer getPlaylistId() {
        return playlistId;
    }

    public void setPlaylistId(Integer playlistId) {
        this.playlistId = playlistId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<PlaylistTrack> getPlaylistTracks() {
        return playlistTracks;
    }

    public void setPlaylistTracks(List<PlaylistTrack> playlistTracks) {
        this.playlistTracks = playlistTracks;
    }
}
