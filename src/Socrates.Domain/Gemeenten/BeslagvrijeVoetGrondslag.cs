namespace Socrates.Domain.Gemeenten;

/// <summary>The norm the beslagvrije-voet percentage is taken of (Awb 4:93; domain reference §7.3).</summary>
public enum BeslagvrijeVoetGrondslag
{
    NormInclusiefVakantietoeslag,
    NormExclusiefVakantietoeslag,
}
