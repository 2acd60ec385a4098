using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Testing;

/// <summary>A service scope in which one user acts: send commands and queries through the real pipeline.</summary>
public sealed class AlsGebruiker(AsyncServiceScope scope) : IAsyncDisposable
{
    public IServiceProvider Services => scope.ServiceProvider;

    public IMediator Mediator => scope.ServiceProvider.GetRequiredService<IMediator>();

    public SocratesDbContext Db => scope.ServiceProvider.GetRequiredService<SocratesDbContext>();

    public ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command) => Mediator.Send(command);

    public ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query) => Mediator.Send(query);

    public T Get<T>()
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
