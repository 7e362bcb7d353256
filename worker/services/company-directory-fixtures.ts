import { DEMO_SIRETS } from '#seed/demo-sirets.ts';
import type { DirectoryFixture } from './company-directory.ts';

const establishment = (siret: string, fields: { adresse: string; code_postal: string; libelle_commune: string; commune: string; latitude: string; longitude: string }) => ({
  siret, etat_administratif: 'A', statut_diffusion_etablissement: 'O', liste_enseignes: null, nom_commercial: null, ...fields,
});

/** The directory's answers for the demo SIRETs, in its own shape, as a local instance serves them. */
export const DEMO_DIRECTORY: Readonly<Record<string, DirectoryFixture>> = {
  [DEMO_SIRETS.aubagneBakery]: {
    results: [{
      nom_complet: 'FOURNIL DU GARLABAN', nom_raison_sociale: 'FOURNIL DU GARLABAN', statut_diffusion: 'O', siege: null,
      matching_etablissements: [{
        ...establishment(DEMO_SIRETS.aubagneBakery, {
          adresse: '12 COURS MARECHAL FOCH 13400 AUBAGNE', code_postal: '13400', libelle_commune: 'AUBAGNE', commune: '13005', latitude: '43.2925', longitude: '5.5697',
        }),
        liste_enseignes: ['BOULANGERIE DU GARLABAN'],
      }],
    }],
  },
  [DEMO_SIRETS.vannesCreperie]: {
    results: [{
      nom_complet: 'CREPERIE DES REMPARTS', nom_raison_sociale: 'CREPERIE DES REMPARTS', statut_diffusion: 'O', siege: null,
      matching_etablissements: [establishment(DEMO_SIRETS.vannesCreperie, {
        adresse: '5 RUE DES REMPARTS 56000 VANNES', code_postal: '56000', libelle_commune: 'VANNES', commune: '56260', latitude: '47.6553', longitude: '-2.7571',
      })],
    }],
  },
  [DEMO_SIRETS.closedShop]: {
    results: [{
      nom_complet: 'QUINCAILLERIE DU PORT', nom_raison_sociale: 'QUINCAILLERIE DU PORT', statut_diffusion: 'O', siege: null,
      matching_etablissements: [{
        ...establishment(DEMO_SIRETS.closedShop, {
          adresse: '3 QUAI DU PORT 13002 MARSEILLE', code_postal: '13002', libelle_commune: 'MARSEILLE', commune: '13202', latitude: '43.2961', longitude: '5.3699',
        }),
        etat_administratif: 'F',
      }],
    }],
  },
  [DEMO_SIRETS.nonDiffusible]: {
    results: [{
      nom_complet: '[NON-DIFFUSIBLE]', nom_raison_sociale: null, statut_diffusion: 'P', siege: null,
      matching_etablissements: [{
        ...establishment(DEMO_SIRETS.nonDiffusible, {
          adresse: '[NON-DIFFUSIBLE]', code_postal: '13400', libelle_commune: 'AUBAGNE', commune: '13005', latitude: '', longitude: '',
        }),
        statut_diffusion_etablissement: 'P',
      }],
    }],
  },
  [DEMO_SIRETS.directoryDown]: 'unavailable',
  [DEMO_SIRETS.directoryTimeout]: 'timeout',
};
