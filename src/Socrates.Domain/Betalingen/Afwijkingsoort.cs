namespace Socrates.Domain.Betalingen;

/// <summary>The kinds of afwijking <c>controle</c> reports, numbered as in docs/betalingen.md.</summary>
public enum Afwijkingsoort
{
    /// <summary>1. Two maandbetalingen of a toekenning for one month, more days paid than the month has, or a maandbetaling for another month.</summary>
    DubbelBetaald,

    /// <summary>2. A line whose parts do not add up, or whose verrekend differs from its verrekeningen.</summary>
    RegelTeltNietOp,

    /// <summary>3. Claims above what was paid too much in a month.</summary>
    TeVeelTeruggevorderd,

    /// <summary>4. A positive difference, or a reservation to correct, that no run settled.</summary>
    NietNabetaald,

    /// <summary>5. The vakantietoeslag reservation: negative, stored wrongly, paid out wrongly, or left open after the end.</summary>
    Vakantietoeslag,

    /// <summary>6. A tegoed on a terugvordering (saldo below zero) that the last definitive run should have paid back and did not.</summary>
    TegoedNietTerugbetaald,
}
