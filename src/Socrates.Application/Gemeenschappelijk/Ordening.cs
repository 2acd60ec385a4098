using System.Linq.Expressions;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>OrderBy and ThenBy in one direction, chosen at run time.</summary>
internal static class Ordening
{
    public static IOrderedQueryable<T> Op<T, TSleutel>(this IQueryable<T> rijen, Expression<Func<T, TSleutel>> sleutel, bool aflopend) =>
        aflopend ? rijen.OrderByDescending(sleutel) : rijen.OrderBy(sleutel);

    public static IOrderedQueryable<T> Dan<T, TSleutel>(this IOrderedQueryable<T> rijen, Expression<Func<T, TSleutel>> sleutel, bool aflopend) =>
        aflopend ? rijen.ThenByDescending(sleutel) : rijen.ThenBy(sleutel);
}
