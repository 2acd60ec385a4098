using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gebruikers;

namespace Socrates.Infrastructure.Persistence.Configurations;

/// <summary>The three roles of a gemeente and the cooperative's Normbeheerder exist in every database, production included: they come with the migrations.</summary>
internal sealed class RolConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(Rol.Alle.Concat(Rol.Cooperatie).Select(rol => new IdentityRole
        {
            Id = "rol-" + rol.ToUpperInvariant(),
            Name = rol,
            NormalizedName = rol.ToUpperInvariant(),
            ConcurrencyStamp = "rol-" + rol.ToUpperInvariant(),
        }));
}
