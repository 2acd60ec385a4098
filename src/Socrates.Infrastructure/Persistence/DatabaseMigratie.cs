using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Socrates.Infrastructure.Persistence;

/// <summary>Applies the provider's migrations (never EnsureCreated), at start-up in Development and by <c>socrates db migrate</c>.</summary>
public static class DatabaseMigratie
{
    public static async Task<IReadOnlyList<string>> MigreerAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
        var openstaand = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return openstaand;
    }
}
