package dev.strata.spring.rest;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** The handler methods of one resource; mapped by {@link RestEndpoints}, one instance per entity. */
public final class ResourceEndpoint {
    private final RestResource resource;
    private final ResourceService service;
    private final RestSettings settings;

    ResourceEndpoint(RestResource resource, ResourceService service, RestSettings settings) {
        this.resource = resource;
        this.service = service;
        this.settings = settings;
    }

    public ResponseEntity<?> list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        return answer(() -> {
            ListRequest query = ListRequest.parse(resource, params, settings);
            ResourceService.Page page = service.list(resource, query);
            HttpHeaders headers = new HttpHeaders();
            headers.set("X-Total-Count", String.valueOf(page.total()));
            headers.set(HttpHeaders.LINK, links(request, query, page.total()));
            return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_JSON).body(page.items());
        });
    }

    public ResponseEntity<?> get(@PathVariable Map<String, String> key) {
        return answer(() -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(service.get(resource, key)));
    }

    public ResponseEntity<?> create(@RequestBody(required = false) String body, HttpServletRequest request) {
        return answer(() -> {
            ResourceService.Saved saved = service.create(resource, body);
            StringBuilder location = new StringBuilder(request.getRequestURL());
            for (Object part : saved.key()) {
                location.append('/').append(UriUtils.encodePathSegment(String.valueOf(part), "UTF-8"));
            }
            return ResponseEntity.created(URI.create(location.toString())).contentType(MediaType.APPLICATION_JSON)
                    .body(saved.body());
        });
    }

    public ResponseEntity<?> update(@PathVariable Map<String, String> key,
                                    @RequestBody(required = false) String body) {
        return answer(() -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(service.update(resource, key, body)));
    }

    public ResponseEntity<?> delete(@PathVariable Map<String, String> key) {
        return answer(() -> {
            service.delete(resource, key);
            return ResponseEntity.noContent().build();
        });
    }

    private static ResponseEntity<?> answer(Supplier<ResponseEntity<?>> work) {
        try {
            return work.get();
        } catch (ProblemException e) {
            return ResponseEntity.status(e.problem().getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(e.problem());
        }
    }

    /** RFC 8288 links to the first, previous, next and last pages, keeping every other parameter. */
    private static String links(HttpServletRequest request, ListRequest query, long total) {
        int last = (int) Math.max(0, (total - 1) / query.size());
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, "first"));
        if (query.page() > 0) {
            links.add(link(request, Math.min(query.page() - 1, last), "prev"));
        }
        if (query.page() < last) {
            links.add(link(request, query.page() + 1, "next"));
        }
        links.add(link(request, last, "last"));
        return String.join(", ", links);
    }

    private static String link(HttpServletRequest request, int page, String rel) {
        String url = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page", page).build()
                .toUriString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
