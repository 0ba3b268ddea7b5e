package org.agorahub.people.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.UUID;
import org.agorahub.people.domain.ExternalAccounts;
import org.agorahub.people.domain.LoginThrottle;
import org.agorahub.people.domain.PersonService;
import org.agorahub.people.domain.SecurityProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /** No inline scripts or styles anywhere: every asset is a file the app serves. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Password sign-in with lock-out, for the form login and for HTTP Basic on the actuator alike: against the
     * directory when one is configured, then local accounts unless they are switched off.
     */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            LocalSignInProperties local,
            ObjectProvider<LdapDirectory> directory,
            ExternalAccounts accounts,
            LdapProperties ldap) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
        passwords.setPasswordEncoder(passwordEncoder);
        // built here, not as beans: Spring Security uses an AuthenticationProvider bean only when it is the only one
        LdapDirectory found = directory.getIfAvailable();
        AuthenticationProvider fromDirectory =
                found == null ? null : new DirectoryAuthenticationProvider(found, accounts, ldap);
        return new ThrottlingAuthenticationProvider(
                new SignInProvider(fromDirectory, local.enabled() ? passwords : null), throttle);
    }

    /** Metrics for scrapers: health is open, everything else needs an admin (HTTP Basic, no session). */
    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            UserDetailsService userDetailsService,
            PersonService people,
            SecurityProperties properties,
            LocalSignInProperties local,
            ObjectProvider<ClientRegistrationRepository> providers,
            ObjectProvider<OidcSignIn> oidcSignIn)
            throws Exception {
        String rememberMeKey =
                properties.rememberMeKey() == null ? UUID.randomUUID().toString() : properties.rememberMeKey();
        ClientRegistrationRepository provider = providers.getIfAvailable();
        if (provider != null && oidcSignIn.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .clientRegistrationRepository(provider)
                    // the provider's tokens live and die with the session; nothing kept in memory across nodes
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcSignIn.getObject()))
                    .successHandler(new OidcSuccessHandler())
                    .failureHandler(new RememberingFailureHandler()));
        }
        return http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(
                                DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasAnyRole("ADMIN", "CURATOR")
                        .requestMatchers("/dashboards/**")
                        .hasAnyRole("DEPARTMENT_LEAD", "ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .failureHandler(new RememberingFailureHandler())
                        .permitAll())
                .rememberMe(remember -> remember.key(rememberMeKey)
                        .userDetailsService(local.enabled() ? userDetailsService : directoryPeopleOnly(people))
                        .rememberMeParameter("remember-me"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID", "remember-me"))
                .sessionManagement(session -> session.sessionFixation().changeSessionId())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new AccountStatusFilter(people), AuthorizationFilter.class)
                .build();
    }

    /**
     * With local passwords off, a "remember me" cookie a local account got earlier no longer signs it in; directory
     * and provider people keep theirs.
     */
    private static UserDetailsService directoryPeopleOnly(PersonService people) {
        return email -> people.account(email)
                .filter(account -> people.signsInElsewhere(account.id()))
                .map(AgoraUserDetails::new)
                .orElseThrow(() -> new org.springframework.security.core.userdetails.UsernameNotFoundException(
                        "No directory account"));
    }

    @Bean
    WebMvcConfigurer currentUserArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
