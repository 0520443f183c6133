#!/usr/bin/env python3
"""Writes a peer application with the entities of a project that `strata create` made, without strata.

    peer_app.py STRATA_APP PEER_DIR sdr|jpa

sdr: Spring Boot + Spring Data JPA + Spring Data REST, one repository per entity and an excerpt projection that
     inlines each track's album (the peer of strata's `GET /tracks?include=album`).
jpa: Spring Boot + Spring Data JPA + web with the same repositories, nothing exported: the start-up baseline.
"""
import pathlib
import re
import shutil
import sys

BOOT = "3.5.7"


def main(app: pathlib.Path, peer: pathlib.Path, kind: str) -> None:
    package = re.search(r"^package (\S+);", (app / "src/main/java").rglob("Application.java").__next__()
                        .read_text(), re.M).group(1)
    source = app / "src/main/java" / package.replace(".", "/")
    target = peer / "src/main/java" / package.replace(".", "/")
    if peer.exists():
        shutil.rmtree(peer)
    shutil.copytree(source / "model", target / "model")
    (peer / "src/main/resources").mkdir(parents=True)
    (peer / "pom.xml").write_text(pom(kind))
    (peer / "src/main/resources/application.yaml").write_text(application_yaml(app))
    (target / "Application.java").write_text(f"""package {package};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {{
    public static void main(String[] args) {{
        SpringApplication.run(Application.class, args);
    }}
}}
""")
    repositories = target / "repository"
    repositories.mkdir()
    for entity in sorted((target / "model").glob("*.java")):
        text = entity.read_text()
        if "@Entity" not in text:
            continue
        name = entity.stem
        (repositories / f"{name}Repository.java").write_text(f"""package {package}.repository;

import {package}.model.{name};
import org.springframework.data.jpa.repository.JpaRepository;

public interface {name}Repository extends JpaRepository<{name}, {id_type(text, package)}> {{
}}
""")
    if kind == "sdr":
        (target / "model/TrackWithAlbum.java").write_text(f"""package {package}.model;

import org.springframework.data.rest.core.config.Projection;

import java.math.BigDecimal;

@Projection(name = "withAlbum", types = Track.class)
public interface TrackWithAlbum {{
    Integer getTrackId();
    String getName();
    String getComposer();
    Integer getMilliseconds();
    Integer getBytes();
    BigDecimal getUnitPrice();
    AlbumSummary getAlbum();

    /** A nested projection: an entity here would be a lazy Hibernate proxy that Jackson cannot write. */
    interface AlbumSummary {{
        Integer getAlbumId();
        String getTitle();
    }}
}}
""")


def id_type(entity: str, package: str) -> str:
    id_class = re.search(r"@IdClass\((\w+)\.class\)", entity)
    if id_class:
        return f"{package}.model.{id_class.group(1)}"
    return re.search(r"@Id\s+(?:@[^\n]+\s+)*private (\w+) ", entity).group(1)


def application_yaml(app: pathlib.Path) -> str:
    text = (app / "src/main/resources/application.yaml").read_text()
    return text.split("\nstrata:")[0] + "\n"


def pom(kind: str) -> str:
    rest = ("<dependency><groupId>org.springframework.boot</groupId>"
            "<artifactId>spring-boot-starter-data-rest</artifactId></dependency>") if kind == "sdr" else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
    <version>{BOOT}</version><relativePath/></parent>
  <groupId>bench</groupId><artifactId>peer-{kind}</artifactId><version>1</version>
  <properties><java.version>17</java.version></properties>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-validation</artifactId></dependency>
    {rest}
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
  </dependencies>
  <build><finalName>peer-{kind}</finalName>
    <plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins>
  </build>
</project>
"""


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3])
