import type { ConflitVersion, DemandeDetail } from '@mse/shared/demande/demande.schema';
import { fusionner, type Donnees } from '@mse/shared/demande/formulaire/champs';
import { ApiError } from '../../../lib/api';
import { lireConflit } from '../api/enregistrer-brouillon';
import type { CopieLocale } from './copie-locale';
import { TEXTES } from './textes';

export type Conflit = Pick<ConflitVersion['erreur'], 'versionActuelle' | 'modifieLe' | 'modifiePar'>;

export type EtatEnregistrement =
  /** Nothing typed since the page opened; `le` is the last save known, if any. */
  | { statut: 'inactif'; le: string | null }
  /** Typed, waiting for the pause (debounce) or for the save in flight. */
  | { statut: 'en_attente' }
  | { statut: 'enregistrement' }
  | { statut: 'enregistre'; le: string }
  | { statut: 'echec'; raison: string; tentative: number; prochainEssaiMs: number | null }
  | { statut: 'conflit'; conflit: Conflit };

export interface Transport {
  creer(brouillon: { id: string; donnees: Donnees }): Promise<DemandeDetail>;
  enregistrer(id: string, brouillon: { version: number; donnees: Donnees }): Promise<{ version: number; modifieLe: string }>;
}

export interface Stockage {
  ecrire(id: string, copie: CopieLocale): void;
  effacer(id: string): void;
}

export interface OptionsEnregistreur {
  id: string;
  /** Null while the draft does not exist on the server yet (created by the first save). */
  version: number | null;
  donnees: Donnees;
  /** What the server holds, when the page starts from a copy kept in the browser (else `donnees`). */
  donneesEnregistrees?: Donnees;
  dernierEnregistrement: string | null;
  /** Called once the server has created the draft (its answer carries the pre-filled employer block). */
  surCreation?: (demande: DemandeDetail) => void;
  transport: Transport;
  stockage: Stockage;
  delaiMs?: number;
  /** Waits before automatic retries: 2 s, 4 s, 8 s… up to 30 s. */
  attentes?: readonly number[];
  maintenant?: () => Date;
}

const ATTENTES = [2_000, 4_000, 8_000, 16_000, 30_000];

export function raisonEchec(erreur: unknown): string {
  if (erreur instanceof ApiError) {
    if (erreur.status === 0) return TEXTES.enregistrement.raisonReseau;
    if (erreur.status === 401) return TEXTES.enregistrement.raisonSession;
    if (erreur.status >= 500) return TEXTES.enregistrement.raisonServeur;
    return erreur.message.replace(/\.$/, '');
  }
  return TEXTES.enregistrement.raisonServeur;
}

/**
 * Saves a draft as it is typed: the first change creates it (the browser's id makes the creation
 * idempotent), every later one is sent after a pause with the version it was typed on. A failure
 * keeps the content (here and in the browser's storage) and retries with backoff; a 409 stops and
 * waits for the person's choice, so that nothing is ever overwritten silently.
 *
 * Kept outside React (a plain object with subscribers) so that its timers and the save in flight
 * survive re-renders, and so that it can be tested with fake timers.
 */
export class Enregistreur {
  readonly id: string;
  private version: number | null;
  private courant: Donnees;
  private texteCourant: string;
  private texteEnregistre: string;
  private etatCourant: EtatEnregistrement;
  private minuterie: ReturnType<typeof setTimeout> | undefined;
  private enVol: Promise<void> | null = null;
  private tentatives = 0;
  private dernierLe: string | null;
  private ecouteurs = new Set<() => void>();
  private readonly options: Required<Omit<OptionsEnregistreur, 'version' | 'donnees' | 'donneesEnregistrees' | 'dernierEnregistrement'>>;

  constructor(options: OptionsEnregistreur) {
    this.id = options.id;
    this.version = options.version;
    this.courant = options.donnees;
    this.texteCourant = JSON.stringify(options.donnees);
    this.texteEnregistre = options.donneesEnregistrees ? JSON.stringify(options.donneesEnregistrees) : this.texteCourant;
    this.etatCourant = { statut: 'inactif', le: options.dernierEnregistrement };
    this.dernierLe = options.dernierEnregistrement;
    this.options = {
      id: options.id,
      transport: options.transport,
      stockage: options.stockage,
      delaiMs: options.delaiMs ?? 800,
      attentes: options.attentes ?? ATTENTES,
      maintenant: options.maintenant ?? (() => new Date()),
      surCreation: options.surCreation ?? (() => {}),
    };
  }

  /** The content as the page shows it (the form renders from here). */
  get donnees(): Donnees {
    return this.courant;
  }

  get etat(): EtatEnregistrement {
    return this.etatCourant;
  }

  get versionActuelle(): number | null {
    return this.version;
  }

  get cree(): boolean {
    return this.version !== null;
  }

  /** Something typed is not on the server yet (the page warns before being left). */
  get enAttente(): boolean {
    return this.texteCourant !== this.texteEnregistre || this.enVol !== null;
  }

  abonner = (ecouteur: () => void): (() => void) => {
    this.ecouteurs.add(ecouteur);
    return () => this.ecouteurs.delete(ecouteur);
  };

  /** The form's content changed: keep a copy here, save after the pause. */
  modifier(donnees: Donnees): void {
    const texte = JSON.stringify(donnees);
    if (texte === this.texteCourant) return;
    this.courant = donnees;
    this.texteCourant = texte;
    this.options.stockage.ecrire(this.id, { donnees, saisieLe: this.options.maintenant().toISOString(), version: this.version ?? 0 });
    // After a failure the backoff's retry stands; during a conflict nothing is sent until the person chooses.
    if (this.etatCourant.statut === 'conflit' || this.etatCourant.statut === 'echec') return this.notifier();
    this.changerEtat({ statut: 'en_attente' });
    this.planifier(this.options.delaiMs);
  }

  /** "Réessayer", the network coming back, or the sending that needs everything saved first. */
  reessayer(): void {
    if (this.etatCourant.statut === 'conflit') return;
    this.tentatives = 0;
    this.planifier(0);
  }

  /** Saves now what is pending and resolves once the server has it (or rejects with the error). */
  async vider(): Promise<void> {
    this.annulerMinuterie();
    if (this.enVol) await this.enVol;
    if (this.texteCourant !== this.texteEnregistre && this.etatCourant.statut !== 'conflit') await this.enregistrer();
    if (this.texteCourant !== this.texteEnregistre) throw new Error(TEXTES.recapitulatif.enregistrerAvant);
  }

  /** "Garder ma saisie": saved on top of the version found on the server. */
  garderMaSaisie(): void {
    if (this.etatCourant.statut !== 'conflit') return;
    this.version = this.etatCourant.conflit.versionActuelle;
    this.tentatives = 0;
    this.changerEtat({ statut: 'en_attente' });
    this.planifier(0);
  }

  /** "Recharger la version enregistrée": the server's content becomes the page's. */
  recharger(version: number, donnees: Donnees, modifieLe: string): void {
    this.annulerMinuterie();
    this.version = version;
    this.courant = donnees;
    this.texteCourant = JSON.stringify(donnees);
    this.texteEnregistre = this.texteCourant;
    this.tentatives = 0;
    this.dernierLe = modifieLe;
    this.options.stockage.effacer(this.id);
    this.changerEtat({ statut: 'enregistre', le: modifieLe });
  }

  detruire(): void {
    this.annulerMinuterie();
    this.ecouteurs.clear();
  }

  private planifier(delai: number | null): void {
    this.annulerMinuterie();
    if (delai === null) return;
    this.minuterie = setTimeout(() => {
      this.minuterie = undefined;
      void this.enregistrer().catch(() => {});
    }, delai);
  }

  private annulerMinuterie(): void {
    if (this.minuterie !== undefined) clearTimeout(this.minuterie);
    this.minuterie = undefined;
  }

  private async enregistrer(): Promise<void> {
    if (this.enVol) {
      await this.enVol;
      if (this.texteCourant !== this.texteEnregistre && this.etatCourant.statut !== 'conflit' && this.etatCourant.statut !== 'echec') {
        return this.enregistrer();
      }
      return;
    }
    if (this.texteCourant === this.texteEnregistre) {
      // Typed back to what the server holds: nothing to send.
      if (this.etatCourant.statut === 'en_attente' || this.etatCourant.statut === 'echec') this.changerEtat(this.dernierLe ? { statut: 'enregistre', le: this.dernierLe } : { statut: 'inactif', le: null });
      return;
    }
    const donnees = this.courant;
    const texte = this.texteCourant;
    this.changerEtat({ statut: 'enregistrement' });
    let erreur: unknown = null;
    this.enVol = this.envoyer(donnees, texte).catch((e: unknown) => {
      erreur = e;
    });
    await this.enVol;
    this.enVol = null;
    if (erreur !== null) {
      this.surEchec(erreur);
      throw erreur;
    }
    this.tentatives = 0;
    if (this.texteCourant !== this.texteEnregistre) {
      // Typed during the save: the next one follows the usual pause.
      this.changerEtat({ statut: 'en_attente' });
      this.planifier(this.options.delaiMs);
    }
  }

  private async envoyer(donnees: Donnees, texte: string): Promise<void> {
    if (this.version === null) {
      const demande = await this.options.transport.creer({ id: this.id, donnees });
      this.version = demande.version;
      this.texteEnregistre = JSON.stringify(demande.donnees);
      this.terminer(demande.modifieLe);
      // The server's new draft (the employer block, its defaults) under what was typed since.
      this.modifier(fusionner(demande.donnees, this.courant));
      this.options.surCreation(demande);
      return;
    }
    const resultat = await this.options.transport.enregistrer(this.id, { version: this.version, donnees });
    this.version = resultat.version;
    this.texteEnregistre = texte;
    this.terminer(resultat.modifieLe);
  }

  private terminer(le: string): void {
    this.dernierLe = le;
    if (this.texteCourant === this.texteEnregistre) this.options.stockage.effacer(this.id);
    this.changerEtat({ statut: 'enregistre', le });
  }

  private surEchec(erreur: unknown): void {
    const conflit = lireConflit(erreur);
    if (conflit) {
      this.annulerMinuterie();
      this.changerEtat({ statut: 'conflit', conflit: { versionActuelle: conflit.versionActuelle, modifieLe: conflit.modifieLe, modifiePar: conflit.modifiePar } });
      return;
    }
    const attentes = this.options.attentes;
    const attente = attentes[Math.min(this.tentatives, attentes.length - 1)] ?? null;
    this.tentatives += 1;
    this.changerEtat({ statut: 'echec', raison: raisonEchec(erreur), tentative: this.tentatives, prochainEssaiMs: attente });
    this.planifier(attente);
  }

  private changerEtat(etat: EtatEnregistrement): void {
    this.etatCourant = etat;
    this.notifier();
  }

  private notifier(): void {
    for (const ecouteur of this.ecouteurs) ecouteur();
  }
}
