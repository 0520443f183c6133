package dev.strata.jpa;

import dev.strata.diff.AddForeignKey;
import dev.strata.diff.Change;
import dev.strata.diff.DiffOptions;
import dev.strata.testkit.Schemas;
import dev.strata.dialect.Dialects;
import dev.strata.jpa.generate.GeneratorOptions;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User customizations survive reading: a renamed field that keeps its column, an added method, import and
 * comment change nothing; a relationship the database lacks becomes exactly one foreign key.
 */
class CustomizationTest {
    @TempDir
    Path dir;

    @Test
    void aliasMethodImportAndCommentChangeNothingAndAForeignKeyIsTheOnlyDifference() throws IOException {
        SchemaModel database = RichModels.sqlite();
        Entities.generate(database, dir, GeneratorOptions.of("com.acme.music"));
        Path album = dir.resolve("com/acme/music/Album.java");
        String text = Files.readString(album)
                .replace("    @Column(name = \"Title\", nullable = false, columnDefinition = \"NVARCHAR(160)\")\n"
                        + "    private String title;", "    /** Shown on the cover. */\n"
                        + "    @Column(name = \"Title\", nullable = false, columnDefinition = \"NVARCHAR(160)\")\n"
                        + "    private String albumTitle;")
                .replace("import jakarta.persistence.Column;", "import jakarta.persistence.Column;\nimport java.util.Locale;")
                .replace("    public String getTitle() {\n        return title;\n    }",
                        "    public String getTitle() {\n        return albumTitle;\n    }\n\n"
                        + "    public String shout() {\n        return albumTitle.toUpperCase(Locale.ROOT);\n    }")
                .replace("this.title = title;", "this.albumTitle = title;");
        assertThat(text).contains("private String albumTitle;");
        Files.writeString(album, text);
        assertThat(diff(database)).isEmpty();

        Path artist = dir.resolve("com/acme/music/Artist.java");
        Files.writeString(artist, Files.readString(artist).replace("    @OneToMany(mappedBy = \"artist\")",
                "    @ManyToOne\n    @JoinColumn(name = \"Name\", referencedColumnName = \"Title\")\n"
                        + "    private Album favourite;\n\n    @OneToMany(mappedBy = \"artist\")")
                .replace("import jakarta.persistence.Id;", "import jakarta.persistence.Id;\n"
                        + "import jakarta.persistence.JoinColumn;\nimport jakarta.persistence.ManyToOne;"));
        List<Change> changes = diff(database);
        assertThat(changes).singleElement().isInstanceOf(AddForeignKey.class);
        assertThat(((AddForeignKey) changes.get(0)).foreignKey().columns()).containsExactly("Name");
    }

    private List<Change> diff(SchemaModel database) {
        SchemaModel models = Entities.read(dir, "sqlite", "main", NamingStrategy.JPA);
        return Schemas.plan(Entities.expressible(database), models, DiffOptions.DEFAULT, Dialects.named("sqlite"))
                .changes();
    }
}
