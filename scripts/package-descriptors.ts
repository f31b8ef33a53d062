// The file at a package's root that tells the LMS what the package is, per variant: imsmanifest.xml for SCORM.
import { scorm12Manifest } from '../manifest/scorm12';
import { scorm2004Manifest } from '../manifest/scorm2004';
import type { ManifestInput } from '../manifest/types';

export type PackagedVariant = 'scorm12' | 'scorm2004' | 'scorm2004-3rd';

/** File name → text, written at the package root; their names are not in `input.files`. */
export function packageDescriptors(variant: PackagedVariant, input: ManifestInput): Record<string, string> {
  switch (variant) {
    case 'scorm12':
      return { 'imsmanifest.xml': scorm12Manifest(input) };
    case 'scorm2004':
      return { 'imsmanifest.xml': scorm2004Manifest(input, '4th') };
    case 'scorm2004-3rd':
      return { 'imsmanifest.xml': scorm2004Manifest(input, '3rd') };
  }
}
