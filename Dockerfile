# syntax=docker/dockerfile:1
# KI-Register container image. Needs an external PostgreSQL: set SPRING_DATASOURCE_URL,
# SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (see docker-compose.yml).

# --- Build: compile and package the Spring Boot jar (tests run in CI, not here) ---
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY db/ db/
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -DskipTests package \
 && cp target/ki-register-*.jar application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# --- Runtime: JRE only, one image layer per Spring Boot jar layer, non-root user ---
FROM eclipse-temurin:25-jre
RUN groupadd --system kiregister && useradd --system --gid kiregister --no-create-home kiregister
WORKDIR /application
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER kiregister
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "application.jar"]
