using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>
/// One CLR type, one table per member (EF Core shared-type entity types). Each table is seeded with the defaults of
/// the Socrates decisions and the member's own letterhead, valid from 1 January 2025.
/// </summary>
internal static class GemeenteInstellingenConfiguration
{
    public static readonly DateOnly EersteGeldigVanaf = new(2025, 1, 1);

    public static void VoorAlleLeden(ModelBuilder builder)
    {
        foreach (var lid in Leden.Alle)
        {
            builder.SharedTypeEntity<GemeenteInstellingen>(lid.InstellingenTabel, b => Configure(b, lid));
        }
    }

    private static void Configure(EntityTypeBuilder<GemeenteInstellingen> b, Lid lid)
    {
        b.ToTable(lid.InstellingenTabel);
        b.HasKey(i => i.Id);
        b.Property(i => i.VastgesteldDoor).HasMaxLength(200);
        b.Property(i => i.Toelichting).HasMaxLength(1000);
        b.Property(i => i.IngetrokkenDoor).HasMaxLength(200);
        b.Property(i => i.IntrekkingsReden).HasMaxLength(1000);
        b.Property(i => i.BriefNaam).HasMaxLength(200);
        b.Property(i => i.BriefBezoekadres).HasMaxLength(200);
        b.Property(i => i.BriefPostadres).HasMaxLength(200);
        b.Property(i => i.BriefTelefoon).HasMaxLength(30);
        b.Property(i => i.BriefWebsite).HasMaxLength(200);
        b.Property(i => i.OndertekenaarNaam).HasMaxLength(100);
        b.Property(i => i.OndertekenaarFunctie).HasMaxLength(100);
        b.HasIndex(i => i.GeldigVanaf);
        b.HasData(GemeenteInstellingen.Standaard(lid, EersteGeldigVanaf) with { Id = 1 });
    }
}
