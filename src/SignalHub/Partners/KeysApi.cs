namespace SignalHub.Partners;

/// <summary>
/// A partner's own API keys under <c>/api/v1/keys</c>: several at once, so a key can be rotated without a
/// gap. Any key may be revoked, the calling one and the last one included; a partner that locked itself
/// out gets a new key from the administrator. Another partner's key id answers 404.
/// </summary>
internal static class KeysApi
{
    public static void MapKeysApi(this IEndpointRouteBuilder app)
    {
        var keys = app.MapPartnerGroup("/api/v1/keys", "Keys");
        keys.MapGet("/", ListAsync)
            .WithName("ListKeys").WithSummary("List this partner's API keys")
            .WithDescription("Every key of the calling partner, revoked ones included, without the keys themselves.")
            .Produces<IReadOnlyList<ApiKeyInfo>>();
        keys.MapPost("/", CreateAsync)
            .WithName("CreateKey").WithSummary("Create an API key")
            .WithDescription("Creates another key for the calling partner. The key is in this answer only: store it now.")
            .Produces<NewApiKey>(StatusCodes.Status201Created);
        keys.MapDelete("/{id:guid}", RevokeAsync)
            .WithName("RevokeKey").WithSummary("Revoke an API key")
            .WithDescription("Revokes one of the calling partner's keys at once, also the key used for this call. Revoking a revoked key changes nothing.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpContext http, PartnerStore partners, CancellationToken ct) =>
        Results.Ok(await partners.ListKeysAsync(http.User.PartnerId(), ct));

    private static async Task<IResult> CreateAsync(HttpContext http, PartnerStore partners, ILogger<PartnerStore> logger, CancellationToken ct)
    {
        var key = await partners.CreateKeyAsync(http.User.PartnerId(), ct);
        logger.LogInformation("Partner {PartnerId} created API key {KeyPrefix}", http.User.PartnerId(), key.Prefix);
        return Results.Created($"/api/v1/keys/{key.Id}", key);
    }

    private static async Task<IResult> RevokeAsync(Guid id, HttpContext http, PartnerStore partners, ILogger<PartnerStore> logger, CancellationToken ct)
    {
        if (!await partners.RevokeKeyAsync(http.User.PartnerId(), id, ct))
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no API key {id} for this partner");
        logger.LogInformation("Partner {PartnerId} revoked API key {KeyId}", http.User.PartnerId(), id);
        return Results.NoContent();
    }
}
