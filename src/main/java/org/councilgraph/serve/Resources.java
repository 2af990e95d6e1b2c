package org.councilgraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * Static files from the classpath: the site's own under {@code /static/} (from {@code web/static/})
 * and webjars under {@code /webjars/} (from {@code META-INF/resources/webjars/}), so YASGUI is
 * served from the jar like everything else.
 */
final class Resources {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "map", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "html", "text/html;charset=utf-8");

    /** The YASGUI webjar's version, read from the jar so a dependency update needs no code change. */
    private static final String YASGUI_VERSION = webjarVersion("org.webjars.npm", "zazuko__yasgui");

    private Resources() {
    }

    static String yasguiUrl(Site site, String file) {
        return site.url("webjars/zazuko__yasgui/" + YASGUI_VERSION + "/" + file);
    }

    private static String webjarVersion(String group, String artifact) {
        try (InputStream in = Resources.class.getResourceAsStream("/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in == null) {
                return "missing";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "missing");
        } catch (IOException e) {
            return "missing";
        }
    }

    /** Serves {@code rest} (the path after the prefix) from {@code root} on the classpath; false when absent. */
    static boolean serve(String root, String rest, HttpServletResponse resp, boolean head) throws IOException {
        if (rest.isEmpty() || rest.contains("..") || rest.contains("//") || rest.startsWith("/") || rest.contains("\\")) {
            return false;
        }
        String ext = rest.substring(rest.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        if (type == null) {
            return false;
        }
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(root + rest)) {
            if (in == null) {
                return false;
            }
            resp.setStatus(200);
            resp.setContentType(type);
            // webjar paths carry their version; the site's own files change with the jar
            resp.setHeader("Cache-Control", root.startsWith("META-INF") ? "public, max-age=604800, immutable" : "public, max-age=3600");
            if (!head) {
                in.transferTo(resp.getOutputStream());
            }
            return true;
        }
    }
}
