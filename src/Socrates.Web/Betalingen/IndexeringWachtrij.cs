using System.Threading.Channels;

namespace Socrates.Web.Betalingen;

/// <summary>
/// The signal that a normenset was approved on this instance: the background worker then brings every member up to date
/// (<see cref="Application.Indexeringen.Uitvoeren.Indexeringsdraaier"/>). One pending signal is enough: the worker looks at
/// every set each time. A test that must know the worker is done awaits <see cref="KlaarAsync"/>.
/// </summary>
public sealed class IndexeringWachtrij
{
    private readonly Channel<bool> _kanaal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly Lock _slot = new();
    private TaskCompletionSource _klaar = Nieuw();

    public void Meld()
    {
        lock (_slot)
        {
            if (_klaar.Task.IsCompleted)
            {
                _klaar = Nieuw();
            }
        }

        _kanaal.Writer.TryWrite(true);
    }

    public IAsyncEnumerable<bool> LeesAsync(CancellationToken cancellationToken) => _kanaal.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Completes when the worker has handled the latest signal (done, or given up with a logged error).</summary>
    public Task KlaarAsync()
    {
        lock (_slot)
        {
            return _klaar.Task;
        }
    }

    public void Afgehandeld()
    {
        lock (_slot)
        {
            _klaar.TrySetResult();
        }
    }

    private static TaskCompletionSource Nieuw() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
