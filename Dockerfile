# Agora as a container image: `docker compose up --build` (see docker-compose.yml) or
# `docker build -t agora .`. Without SPRING_DATASOURCE_URL the app falls back to an embedded
# PostgreSQL under /app/data; for real use point it at a PostgreSQL server.

# ---- build ------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace

# Dependencies first: this layer is rebuilt only when pom.xml or the wrapper changes.
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline

COPY src src
RUN ./mvnw -B -DskipTests package \
    && cp target/agora-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# ---- runtime ----------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 agora \
    && useradd --system --uid 10001 --gid agora --home-dir /app --no-create-home --shell /usr/sbin/nologin agora \
    && mkdir -p /app/data \
    && chown -R agora:agora /app

WORKDIR /app

# One layer per Spring Boot layer, least to most often changed.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

USER 10001:10001

# Local state: the search index (and the embedded database when no SPRING_DATASOURCE_URL is set).
VOLUME /app/data

EXPOSE 8080

# Extra JVM flags can be passed with JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
