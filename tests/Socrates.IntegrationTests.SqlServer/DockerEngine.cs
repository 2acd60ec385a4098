namespace Socrates.IntegrationTests;

/// <summary>Whether a Docker engine can be asked for a SQL Server container on this machine.</summary>
public static class DockerEngine
{
    public const string GeenDocker =
        "SQL Server-suite overgeslagen: er draait hier geen Docker-engine (geen DOCKER_HOST en geen /var/run/docker.sock), " +
        "dus Testcontainers kan geen SQL Server 2022 starten. Dezelfde tests draaien op SQLite in Socrates.IntegrationTests.";

    public static bool Beschikbaar =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");
}
