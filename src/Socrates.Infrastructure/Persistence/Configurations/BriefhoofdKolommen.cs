using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>A letter's copy of the letterhead, in the letter's own row: the same column names and lengths wherever a letter is kept.</summary>
internal static class BriefhoofdKolommen
{
    public static void Configureer<TBrief>(OwnedNavigationBuilder<TBrief, Briefhoofd> h)
        where TBrief : class
    {
        h.Property(x => x.Naam).HasColumnName("BriefNaam").HasMaxLength(200);
        h.Property(x => x.Bezoekadres).HasColumnName("BriefBezoekadres").HasMaxLength(200);
        h.Property(x => x.Postadres).HasColumnName("BriefPostadres").HasMaxLength(200);
        h.Property(x => x.Telefoon).HasColumnName("BriefTelefoon").HasMaxLength(30);
        h.Property(x => x.Website).HasColumnName("BriefWebsite").HasMaxLength(200);
        h.Property(x => x.OndertekenaarNaam).HasColumnName("OndertekenaarNaam").HasMaxLength(100);
        h.Property(x => x.OndertekenaarFunctie).HasColumnName("OndertekenaarFunctie").HasMaxLength(100);
    }
}
