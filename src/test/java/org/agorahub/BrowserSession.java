package org.agorahub;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.SmartRequestBuilder;

/**
 * One browser's session for MockMvc: sends the {@code SESSION} cookie the application last set and keeps the one it
 * sets next, nothing else. Sessions live in PostgreSQL (Spring Session JDBC), so a MockMvc session object would not be
 * read: what a request remembers comes back from the database, as it would on another node.
 */
public final class BrowserSession {

    private final MockMvc mvc;
    private Cookie cookie;

    public BrowserSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    public ResultActions perform(RequestBuilder request) throws Exception {
        Cookie sent = cookie;
        ResultActions result = mvc.perform(new SmartRequestBuilder() {
            @Override
            public MockHttpServletRequest buildRequest(ServletContext servletContext) {
                MockHttpServletRequest built = request.buildRequest(servletContext);
                if (sent != null) {
                    List<Cookie> cookies = new ArrayList<>();
                    if (built.getCookies() != null) {
                        cookies.addAll(List.of(built.getCookies()));
                    }
                    cookies.add(sent);
                    built.setCookies(cookies.toArray(Cookie[]::new));
                }
                return built;
            }

            @Override
            public MockHttpServletRequest postProcessRequest(MockHttpServletRequest built) {
                return request instanceof SmartRequestBuilder smart ? smart.postProcessRequest(built) : built;
            }
        });
        Cookie set = result.andReturn().getResponse().getCookie("SESSION");
        if (set != null) {
            cookie = set.getMaxAge() == 0 ? null : new Cookie("SESSION", set.getValue());
        }
        return result;
    }

    /** The cookie a browser would send now, or null. */
    public Cookie cookie() {
        return cookie;
    }
}
