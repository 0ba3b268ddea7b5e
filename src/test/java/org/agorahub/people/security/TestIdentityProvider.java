package org.agorahub.people.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider (Spring Authorization Server) in this JVM on its own port, standing in for the
 * organisation's Entra ID or Keycloak. Its users and the claims their ID tokens carry are set by the tests; it
 * can be told to misbehave (an ID token for another client, or one already expired) to prove Agora refuses it.
 */
final class TestIdentityProvider {

    static final String CLIENT_ID = "agora";
    static final String CLIENT_SECRET = "agora-client-secret";
    static final String REGISTRATION_ID = "northshire";

    /** What the next ID tokens get wrong, if anything. */
    enum Fault {
        NONE,
        WRONG_AUDIENCE,
        EXPIRED
    }

    private static TestIdentityProvider instance;

    private final int port;
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
    private final Map<String, Map<String, Object>> claims = new ConcurrentHashMap<>();
    private volatile Fault fault = Fault.NONE;

    @SuppressWarnings("unused") // keeps the server running for the JVM's life
    private final ConfigurableApplicationContext context;

    private TestIdentityProvider() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Server.class)
                .web(WebApplicationType.SERVLET)
                .properties(
                        "server.port=" + port,
                        "server.address=127.0.0.1",
                        // a browser keeps cookies per host, not per port: Agora's SESSION cookie must survive a visit
                        // here
                        "server.servlet.session.cookie.name=PROVIDERSESSION",
                        "spring.main.banner-mode=off",
                        "spring.jmx.enabled=false")
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("testIdentityProvider", this));
        // none of the application's listeners: no application.properties, no logging set-up of its own
        builder.application().setListeners(List.of());
        context = builder.run();
    }

    static synchronized TestIdentityProvider get() {
        if (instance == null) {
            try {
                instance = new TestIdentityProvider();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /** A person who can sign in at the provider, and the claims (beyond sub) their ID tokens carry. */
    void addUser(String username, String password, Map<String, Object> idTokenClaims) {
        users.createUser(User.withUsername(username)
                .password("{noop}" + password)
                .roles("USER")
                .build());
        claims.put(username, new ConcurrentHashMap<>(idTokenClaims));
    }

    void setClaims(String username, Map<String, Object> idTokenClaims) {
        claims.put(username, new ConcurrentHashMap<>(idTokenClaims));
    }

    void fault(Fault fault) {
        this.fault = fault;
    }

    /**
     * Plays the browser at the provider: follows Agora's redirect to the authorisation endpoint, signs in on the
     * provider's login page (with its CSRF token) and returns where the provider sends the browser back to Agora,
     * e.g. {@code http://127.0.0.1/login/oauth2/code/northshire?code=…&state=…}.
     */
    String signIn(String authorizationUrl, String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<String> response = browser.send(page(authorizationUrl), HttpResponse.BodyHandlers.ofString());
        String location = location(response, authorizationUrl);
        HttpResponse<String> loginPage = browser.send(page(location), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No login form at the provider: " + loginPage.body());
        }
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        response = browser.send(
                HttpRequest.newBuilder(URI.create(issuer() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        location = location(response, issuer() + "/login");
        for (int hops = 0; location.startsWith(issuer()) && hops < 5; hops++) {
            response = browser.send(page(location), HttpResponse.BodyHandlers.ofString());
            location = location(response, location);
        }
        return location;
    }

    private static HttpRequest page(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html")
                .GET()
                .build();
    }

    private static String location(HttpResponse<String> response, String from) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(
                        from + " answered " + response.statusCode() + ": " + response.body()));
        return URI.create(from).resolve(location).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The provider's own application: the authorisation server endpoints and a login page, nothing else. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({
        org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class
    })
    static class Server {

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(
                    RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri("http://127.0.0.1/login/oauth2/code/" + REGISTRATION_ID)
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.PROFILE)
                            .scope(OidcScopes.EMAIL)
                            .build());
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings(TestIdentityProvider provider) {
            return AuthorizationServerSettings.builder()
                    .issuer(provider.issuer())
                    .build();
        }

        @Bean
        InMemoryUserDetailsManager users(TestIdentityProvider provider) {
            return provider.users;
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the user-info endpoint, which reads the access tokens this provider signed. */
        @Bean
        org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return org.springframework.security.config.annotation.web.configuration
                    .OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        /** The person's claims in their ID token, and whatever fault the tests asked for. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(TestIdentityProvider provider) {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                Map<String, Object> extra =
                        provider.claims.getOrDefault(context.getPrincipal().getName(), Map.of());
                context.getClaims().claims(all -> all.putAll(extra));
                if (provider.fault == Fault.WRONG_AUDIENCE) {
                    context.getClaims().audience(List.of("another-application"));
                } else if (provider.fault == Fault.EXPIRED) {
                    Instant past = Instant.now().minus(Duration.ofHours(2));
                    context.getClaims().issuedAt(past).expiresAt(past.plus(Duration.ofMinutes(5)));
                }
            };
        }
    }
}
