namespace Socrates.Domain.Aanvragen;

/// <summary>Why the four-week zoektermijn of art. 41 lid 4 Participatiewet does not apply.</summary>
public enum ZoektermijnUitzondering
{
    /// <summary>Art. 41 lid 4 onder a: praktijkonderwijs or voortgezet speciaal onderwijs up to a year before the aanvraag.</summary>
    PraktijkOfSpeciaalOnderwijs,

    /// <summary>Art. 41 lid 4 onder b: a medisch urenbeperkt person or someone in the LKS-doelgroep in the household.</summary>
    MedischUrenbeperktOfLks,

    /// <summary>Art. 41 lid 11: the college starts earlier because the circumstances call for it.</summary>
    Collegebesluit,
}
