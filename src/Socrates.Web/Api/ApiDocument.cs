using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Socrates.Web.Api;

/// <summary>The OpenAPI document at /openapi/v1.json: Dutch title and description, the bearer key, and each endpoint's right.</summary>
public static class ApiDocument
{
    public static void Configureer(OpenApiOptions opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        opties.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Socrates API",
                Version = "v1",
                Description = "De API van Socrates voor koppelingen van een gemeente (portaal, DMS, managementinformatie). "
                              + "Elke koppeling werkt voor één gemeente in één rol, met de rechten die de beheerder gaf. "
                              + "Aanmelden met 'Authorization: Bearer socr_…'; fouten zijn RFC 9457-problemen; POST accepteert 'Idempotency-Key'. Zie docs/api.md.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["sleutel"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "De sleutel van de API-koppeling (socr_…), gemaakt door de beheerder.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("sleutel", document)] = [] });
            return Task.CompletedTask;
        });
        opties.AddOperationTransformer((operatie, context, _) =>
        {
            var recht = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiRechtMetadata>().FirstOrDefault();
            if (recht is not null)
            {
                operatie.Description = $"{operatie.Description} Vereist recht: {recht.Recht}.".Trim();
            }

            return Task.CompletedTask;
        });
    }
}
