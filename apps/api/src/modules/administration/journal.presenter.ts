import { libelleEvenement, type LigneJournal } from '@mse/shared/administration/journal.schema';
import type { ColonneExport } from '../../exports/export';
import type { LigneJournalLue } from './journal.repository';

const personne = (l: LigneJournalLue) => (l.prenom ? `${l.prenom} ${l.nom}` : null);

export function presenterLigneJournal(l: LigneJournalLue): LigneJournal {
  return {
    sequence: l.sequence,
    evenement: l.evenement,
    libelle: libelleEvenement(l.evenement),
    personne: personne(l),
    email: l.email,
    ip: l.ip,
    details: l.details,
    creeLe: l.creeLe.toISOString(),
  };
}

export const COLONNES_JOURNAL: ColonneExport<LigneJournalLue>[] = [
  { titre: 'N°', type: 'nombre', valeur: (l) => l.sequence, largeur: 10 },
  { titre: 'Date', type: 'dateHeure', valeur: (l) => l.creeLe, largeur: 18 },
  { titre: 'Événement', type: 'texte', valeur: (l) => libelleEvenement(l.evenement), largeur: 30 },
  { titre: 'Code', type: 'texte', valeur: (l) => l.evenement, largeur: 26 },
  { titre: 'Personne', type: 'texte', valeur: personne, largeur: 24 },
  { titre: 'Email', type: 'texte', valeur: (l) => l.email, largeur: 30 },
  { titre: 'Adresse IP', type: 'texte', valeur: (l) => l.ip, largeur: 16 },
  { titre: 'Détails', type: 'texte', valeur: (l) => JSON.stringify(l.details), largeur: 60 },
];
