package de.kiregister.identity;

import java.util.Map;

import de.kiregister.identity.oidc.OidcSignIn;
import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain: form login for people (unless {@code kiregister.login.local.enabled=false}), sign-in through
 * the city's directory when an OpenID Connect issuer is configured ({@link OidcSignIn}), HTTP Basic accepted on
 * {@code /api/**} for scripts. Authorisation of
 * every write is repeated in the services ({@code @PreAuthorize} plus domain checks); the URL rules here are
 * only the outer fence.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline scripts, no inline styles, nothing from other origins. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /**
     * Swagger UI (signed-in users only) sets inline styles from its script; only its pages may apply them. Scripts
     * stay {@code 'self'} only (ADR-017).
     */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<OidcSignIn> oidcSignIn,
            @Value("${kiregister.login.local.enabled:true}") boolean localSignIn) throws Exception {
        OidcSignIn directory = oidcSignIn.getIfAvailable();
        if (!localSignIn && directory == null) {
            throw new IllegalStateException("kiregister.login.local.enabled=false needs kiregister.oidc.issuer-uri: "
                    + "otherwise nobody could sign in");
        }
        // The logout form's answer redirects to the provider's end_session_endpoint: form-action must allow it.
        String formTargets = directory == null ? "" : " " + directory.providerOrigin();
        RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
        RequestMatcher swaggerUi = PathPatternRequestMatcher.pathPattern("/swagger-ui/**");
        RequestMatcher basicAuthenticatedApi = request -> api.matches(request)
                && request.getHeader("Authorization") != null;
        // Without a session there is no ambient credential a forged request could use; such an anonymous API call
        // then gets the 401 of the entry point instead of a misleading CSRF 403.
        RequestMatcher sessionlessApi = request -> api.matches(request) && request.getRequestedSessionId() == null;
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/kern/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/login", "/error", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/login/refused").permitAll()
                        // The public transparency register: read-only pages, open data and feed, no login (rule 32).
                        .requestMatchers(HttpMethod.GET, "/register", "/register/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/register", "/register/**").permitAll()
                        .requestMatchers("/use-cases/*/publication", "/use-cases/*/publication/**")
                                .hasRole(Role.KI_HUB.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/use-cases/new").hasRole(Role.KI_HUB.name())
                        .requestMatchers(HttpMethod.POST, "/use-cases").hasRole(Role.KI_HUB.name())
                        .requestMatchers("/use-cases/*/classification/questionnaire",
                                "/use-cases/*/classification/obligations/*").hasRole(Role.KI_HUB.name())
                        .requestMatchers(HttpMethod.POST, "/use-cases/*/dialogue/**",
                                "/dialogue/items/*/answer").hasRole(Role.KI_HUB.name())
                        .requestMatchers(HttpMethod.POST, "/api/use-cases/*/assessment").hasRole(Role.KI_HUB.name())
                        .requestMatchers(HttpMethod.POST, "/dialogue/items/*/decision").hasAnyRole(
                                Role.PERSONALRAT.name(), Role.IT.name(), Role.VERWALTUNG.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(loginFailures()))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
                                new RequestHeaderRequestMatcher("HX-Request"))
                        // Pages always send people to the login form, whatever their Accept header says.
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> !api.matches(request)))
                // Scripts authenticating with Basic on every call carry no session a forged request could ride on.
                .csrf(csrf -> csrf.ignoringRequestMatchers(basicAuthenticatedApi, sessionlessApi))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .addHeaderWriter(contentSecurityPolicy(new NegatedRequestMatcher(swaggerUi),
                                allowForms(CONTENT_SECURITY_POLICY, formTargets)))
                        .addHeaderWriter(contentSecurityPolicy(swaggerUi,
                                allowForms(SWAGGER_UI_CONTENT_SECURITY_POLICY, formTargets)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        if (!localSignIn) {
            // Sign-in only through the directory: no password form (HTTP Basic then finds no password it accepts,
            // ThrottledAuthenticationProvider).
            http.formLogin(AbstractHttpConfigurer::disable);
        }
        if (directory != null) {
            // After the logout settings above: its logout handler also ends the session at the provider.
            directory.configure(http);
        }
        return http.build();
    }

    /** A name locked after too many failures gets its own message; every other failure the same one. */
    private static ExceptionMappingAuthenticationFailureHandler loginFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return failures;
    }

    private static String allowForms(String policy, String targets) {
        return policy.replace("form-action 'self'", "form-action 'self'" + targets);
    }

    private static HeaderWriter contentSecurityPolicy(RequestMatcher requests, String policy) {
        return new DelegatingRequestMatcherHeaderWriter(requests,
                new StaticHeadersWriter("Content-Security-Policy", policy));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
