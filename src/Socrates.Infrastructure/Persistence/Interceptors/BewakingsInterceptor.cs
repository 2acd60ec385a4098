using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Socrates.Infrastructure.Persistence.Interceptors;

/// <summary>A check on every save, synchronous or not: the subclass looks at the change tracker and throws to stop the save.</summary>
internal abstract class BewakingsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Bewaak(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Bewaak(eventData.Context);
        return ValueTask.FromResult(result);
    }

    protected abstract void Bewaak(DbContext? context);
}
