package dev.strata.spring.admin;

import dev.strata.spring.rest.ServedResources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin app's server side: its page, admin.yaml as JSON (with the keys the REST API addresses each resource by)
 * and the schema diagram. Both documents are read from admin.yaml on every request, never cached by the browser.
 */
@RestController
@RequestMapping("/admin")
public class AdminController {
    static final String ASSETS = "dev/strata/spring/admin/assets/";
    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

    private final AdminYaml yaml;
    private final ObjectProvider<ServedResources> served;

    AdminController(AdminYaml yaml, ObjectProvider<ServedResources> served) {
        this.yaml = yaml;
        this.served = served;
    }

    /** Relative asset paths in the page need the trailing slash. */
    @GetMapping("")
    public ResponseEntity<Void> root() {
        return ResponseEntity.status(302).header("Location", "admin/").build();
    }

    @GetMapping("/")
    public ResponseEntity<Resource> page() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.TEXT_HTML)
                .body(new ClassPathResource(ASSETS + "index.html"));
    }

    @GetMapping(value = "/api/config", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> config() {
        Map<String, Object> document = new LinkedHashMap<>(yaml.document());
        document.put("resources", resources());
        document.put("source", yaml.location());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(document);
    }

    @GetMapping(value = "/api/diagram.svg")
    public ResponseEntity<String> diagram() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(SVG)
                .body(SchemaDiagram.svg(resources()));
    }

    @ExceptionHandler(AdminProblem.class)
    public ResponseEntity<?> problem(AdminProblem e) {
        return ResponseEntity.status(e.problem().getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(e.problem());
    }

    /** admin.yaml's resources, each with {@code keys} and {@code served} from the REST API that serves it. */
    private Map<String, Map<String, Object>> resources() {
        Map<String, List<String>> keysByPath = new LinkedHashMap<>();
        ServedResources api = served.getIfAvailable();
        if (api != null) {
            api.served().forEach(s -> keysByPath.put(s.path(), s.keys()));
        }
        Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
        Object declared = yaml.document().get("resources");
        ((Map<?, ?>) declared).forEach((name, value) -> {
            Map<String, Object> resource = new LinkedHashMap<>();
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> resource.put(String.valueOf(k), v));
            }
            String path = SchemaDiagram.text(resource.get("endpoint"), "").replaceFirst("^/", "");
            List<String> keys = keysByPath.get(path);
            resource.put("served", keys != null);
            resource.put("keys", keys == null ? new ArrayList<>() : keys);
            resources.put(String.valueOf(name), resource);
        });
        return resources;
    }
}
