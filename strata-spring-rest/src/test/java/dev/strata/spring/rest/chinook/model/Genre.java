package dev.strata.spring.rest.chinook.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import java.util.ArrayList;
import java.util.List;

/** The {@code genre} table. */
@Entity
public class Genre {
    @Id
    private Integer genreId;

    @Column(length = 120)
    private String name;

    @OneToMany(mappedBy = "genre")
    private List<Track> tracks = new ArrayList<>();

    public Integer getGenreId() {
        return genreId;
    }

    public void setGenreId(Integer genreId) {
        this.genreId = genreId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public void setTracks(List<Track> tracks) {
        this.tracks = tracks;
    }
}
