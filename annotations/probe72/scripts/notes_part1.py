"""probe72 corpus notes, Y01-Y07 (intensive-care progress notes; all invented)."""

Y01 = {"patient_id": "Y01", "age": 63, "sex": "F", "notes": [
("2019-02-03", "MICU Admission H&P", """
MICU ADMIT NOTE  --  Bed 7, Larkspur Tower
63F, ESRD (iHD Tu/Th/Sa; L brachiocephalic fistula); also T2DM with home glargine 18u qhs (self-injects in her thighs), HFpEF, p/w fever 39.4, rigors and lactate 4.1 after HD yesterday. UA grossly +, CT: R obstructing stone w/ hydro.
A/P by system:
Neuro: A&Ox3, no sedation.
CV: septic shock, NE 0.06 mcg/kg/min via R IJ TLC placed in ED. MAP goal >=65.
Resp: 2L NC, sats 95%.
Renal: anuric at baseline. Nephro aware, will decide on CRRT vs iHD in AM. K 5.6 -> shifted.
ID: urosepsis / obstructed kidney. Cefepime. IR for R perc nephrostomy tonight.
Endo: insulin gtt per ICU protocol, transition to basal later.
Heme/PPx: heparin 5000 units SQ q8h, first dose given 2/3 into L lower abd by RN. No warfarin.
Skin: intact on admission skin check. BMI 34.6.
Code: FULL.
"""),
("2019-02-21", "MICU Progress Note", """
HD#19  MICU Progress - Dr. Ferreira-Lind
S: pain "like a burn" in her belly on the left, worse w/ turns. RN first saw a dusky patch there on 2/18 during bath.
O: Tm 37.9  HR 92  BP 118/64 off pressors since 2/9. On iHD again since 2/12.
Skin/wounds: L lower abdomen, over the area used for her SQ heparin doses: 6 x 4 cm plaque, indurated and violaceous, bordered by netlike purpura, central 1.5 cm dusky gray area, exquisitely tender. Bruising from the injections scattered around it. R flank nephrostomy site clean.
Chem today - corrected Ca 9.8 / PO4 7.2, iPTH 812
A/P
#Painful retiform plaque, LLQ (new): worried this is calciphylaxis (ESRD, hyperphosphatemia, obese, DM). Other possibility heparin-associated skin necrosis; HIT panel sent, plt stable at 210.
 - SQ heparin on hold, SCDs instead
 - derm to punch bx
 - wound RN: no tape on the abdomen
"""),
("2019-02-25", "Dermatology Consult Follow-up", """
Dermatology follow-up (inpatient)
Path back on the LLQ punch (4 mm, taken 2/22): arteriolar walls in the subcutis heavily calcified, luminal thrombus, septal fat necrosis; calcium stains on von Kossa. Findings diagnostic of calciphylaxis. HIT Ab negative.
Comment: the plaque sits in the same left lower quadrant skin that received SQ heparin three times a day since 02/03/2019; lesion onset 02/18/2019. Repeated needle trauma in an ESRD patient is a recognised trigger.
Recs: STS 25 grams IV to run during the last hour of every iHD session, discussed with renal. Switch binder to non-calcium. Non-adherent foam dressing, no adhesive. Pain team for opioid plan. No further SQ injections to the abdomen.
"""),
]}

Y02 = {"patient_id": "Y02", "age": 58, "sex": "M", "notes": [
("2020-12-24", "SICU Progress Note", """
SICU DAY 3 -- PROGRESS
58M, ESRD - home CCPD on the cycler for 4 yrs; On-X mitral prosthesis, warfarin at home (goal INR 3 +/- 0.5), now held w/ heparin gtt, admitted 12/22 w/ PD peritonitis -> septic shock, now s/p ex-lap for perforated sigmoid.
24h: febrile to 40.8 overnight despite APAP. Cooling blanket unavailable, so RN placed ice packs in both groins and both axillae starting this AM (Christmas Eve); to continue q2h swaps until T<38.5.
Neuro: CAM+, precedex 0.4.
CV: NE 0.12 + vaso 0.03.
Resp: intubated, VC 450/16/PEEP 8/FiO2 40%.
Renal: PD cath left in place, not using. CRRT CVVHDF via L fem trialysis, 35 ml/kg/h, net even.
ID: pip-tazo + mica, peritoneal cx pending.
Lines/drains: L fem HD cath, R IJ CVC, L radial A-line, midline wound VAC.
Endo: no DM, BG 110s.
Skin: groins/axillae intact. BMI 27.3.
"""),
("2020-12-28", "SICU Progress Note", """
SICU day 7. Afebrile since 12/26; ice packs stopped 12/27 per RN. Off vasopressin, NE down to 0.03. Extubated 12/27 to HFNC 30L/40%. CRRT ongoing, net -1 L/day. Peritoneal fluid grew E coli + Candida glabrata. VAC change POD#5, granulating. Skin check: groins mildly erythematous from cold, intact, no blisters. Plan floor in 48-72 h if pressors off.
"""),
("2021-01-11", "SICU Progress Note (readmit)", """
SICU readmit note - bounced back from 6E
Back to unit for hypotension during iHD. Wife says she noticed purple blotches in both of his groins early this month, they are now black in the middle and he screams with the sheet touching them.
Exam: bilateral inguinal creases with symmetric stellate violaceous plaques, central black eschar 2 cm L, 3 cm R, livedoid rim extending onto upper inner thighs. No crepitus. No fluctuance.
Ca x P 74, PTH 1150. Warfarin restarted 12/31, INR 3.1.
A/P: retiform purpura w/ eschar bilat groins in ESRD on warfarin - strong concern for calciphylaxis. ddx necrotizing soft tissue infxn (CT without gas), warfarin necrosis (less likely, months on it).
 - derm for biopsy, surgery aware
 - CRRT for now, nephro to start STS
"""),
("2021-01-14", "Dermatology Consult Note", """
DERMATOLOGY CONSULT
Asked to see "groin eschars". Hx per chart and wife: started early January 2021. Of note, during his first SICU stay, ice packs were packed into both inguinal creases around the clock from Christmas Eve until 12/27 for hyperpyrexia.
Deep incisional biopsy, R groin (1/12): calcified small vessels of the subcutis with thrombosis and necrosis. Calciphylaxis confirmed.
Impression: calciphylaxis of the bilateral groins, arising in the exact skin that was cold-injured with ice packs. Warfarin a further contributor.
Recs: ask cardiology re warfarin alternative (mechanical valve - limited options); STS with CRRT; no cold or heat packs anywhere; wound care BID with silver alginate.
"""),
]}

Y03 = {"patient_id": "Y03", "age": 52, "sex": "F", "notes": [
("2020-11-29", "MICU Progress Note", """
COVID MICU - Progress  (pod C, bed 22)
52F, HD-dependent ESRD (MWF), insulin-requiring T2DM (home 70/30 BID), BMI 41.0 (class III obesity), no anticoagulant at home. COVID PNA -> severe ARDS, P/F 78.
Prone positioning began the day after Thanksgiving; 16-18 h prone sessions daily with foam wedges under the chest, pelvis and anterior thighs.
Neuro: fent + propofol, RASS -4, cis gtt.
CV: NE 0.08.
Resp: VC 360 (6 ml/kg PBW) / 28 / PEEP 14 / FiO2 70, Pplat 29.
Renal: CRRT (CVVH) via R fem, UF goal -50/h.
ID: dex d6, no abx.
Endo: insulin gtt, BG 140-190.
Skin: ETT holder has caused a stage II pressure injury (device) on the L cheek; tube re-secured. Otherwise intact.
"""),
("2020-12-10", "MICU Progress Note", """
MICU HD#16
Supinated for good 12/8. P/F 182 on PEEP 10.
Skin (WOC RN + team): NEW - both anterior thighs, at the points where the thigh foam sat during proning, there are firm, dusky, net-patterned plaques w/ early central necrosis (L 7x5, R 9x6 cm). Nurse first noticed these 12/9 at the morning bath. Pt moans on palpation even sedated (CPOT 6). Not typical for pressure injury - too indurated, retiform border.
L cheek ETT injury healing.
BMP/phos: Ca 10.1, PO4 8.0, albumin 2.2.
A/P: bilat thigh retiform plaques in ESRD + DM + obesity -> calciphylaxis high on ddx, also deep tissue pressure injury. Derm consult, punch bx x2. Hold Ca-containing binder. Wt now 108 kg, BMI 39.6.
"""),
("2020-12-15", "Dermatology Consult Note", """
Derm inpt consult note - final
Biopsies (L + R anterior thigh, 12/11): subcutaneous arteriolar calcification, fibrin thrombi, lobular panniculitis with necrosis. Diagnosis: calciphylaxis.
Timeline as we understand it: prone ventilation started 11/27/2020 with the thighs resting on foam supports 16+ h/day; the plaques appeared 12/09/2020 exactly over those pressure points. Sustained pressure is a plausible local trigger.
Recs: STS 3x/wk post HD once off CRRT; pressure-redistribution mattress; if proning again, offload thighs; pain control.
"""),
]}

Y04 = {"patient_id": "Y04", "age": 66, "sex": "M", "notes": [
("2022-06-16", "SICU Progress Note", """
Surgical ICU note
66 yo M, ESRD on HD x 9 yr (R arm AVG), paroxysmal AF on warfarin (held, INR reversed w/ vit K on 6/13), no DM. Admitted w/ R perinephric abscess around atrophic native kidney.
6/14: IR placed 12 Fr drain through the R flank, 180 ml pus.
Neuro: intact, oxy PRN.
CV: off NE since 6/15. AF rate-controlled.
Resp: RA.
Renal: HD today via graft; UF 2 L.
ID: ceftriaxone + metronidazole.
Lines/drains: R flank perc drain 40 ml/24h serosanguinous; L subclavian CVC d3; PIV L forearm.
Skin: intact except drain exit site (clean, suture in place).
Wt 92 kg, BMI 30.4.
"""),
("2022-07-08", "SICU Progress Note (readmission)", """
SICU readmit - pt from rehab w/ SBP 70s and severe R flank pain.
Drain was pulled 6/24 after CT showed collapse of the cavity. He says the pain in the old drain spot started about 10 days ago and then "the skin went dark".
Exam: R flank, centred on the healed drain tract: 5 cm black adherent eschar, surrounding 3 cm band of violaceous retiform purpura, woody induration. No drainage.
CT: no recurrent abscess. Vessels of the flank subcutis calcified.
Meds: warfarin was restarted 6/26.
A/P
1. Shock - likely hypovolemic (over-UF at rehab) + pain; fluids, no pressors now.
2. R flank necrotic plaque at the prior drain site: suspect calciphylaxis vs ecthyma/necrotizing infx. Derm, gen surg. Hold warfarin -> heparin gtt.
"""),
("2022-07-12", "Dermatology Consult Note", """
Dermatology
Telescoping punch bx R flank 7/9: small-vessel calcification w/ thrombosis in the subcutis, ischemic fat necrosis. Tissue culture sterile. We regard this as confirmed calciphylaxis.
Our read of the sequence: R flank percutaneous drain placed 06/14/2022; pain and discoloration began 6/28 at the drain exit; eschar by 7/5. The procedure tract is the nidus.
Plan: STS w/ HD, stop warfarin permanently (cards ok w/ apixaban), no sharp debridement for now. BMI today 30.1.
"""),
]}

Y05 = {"patient_id": "Y05", "age": 71, "sex": "F", "notes": [
("2023-03-06", "ICU Event Note", """
EVENT NOTE 03:15
Called to bedside: pt found on floor beside bed, unwitnessed. Has hyperactive delirium (CAM-ICU +), had climbed over the foot of the bed. Per her, she hit her left shin against the over-bed table as she went down.
Exam: GCS 14 (baseline). No head strike per pt, no neck pain. L anterior shin: 4 cm abrasion with early contusion, superficial, oozing. Full ROM hips. No deformity.
PMH: ESRD on PD (CAPD, exchanges done by daughter), HFrEF EF 25%, AF - warfarin stopped in 2017 after GI bleed, now on nothing. No DM.
Plan: CT head (on no anticoag but age), XR L tib/fib, bed alarm, 1:1 sitter, quetiapine 12.5 qhs, abrasion cleaned + non-adherent dressing. Family updated.
"""),
("2023-03-20", "CCU Progress Note", """
CCU Progress (readmitted 3/18 for cardiogenic shock, on milrinone 0.25 + NE 0.05)
Neuro: delirium resolved.
CV: PA cath CI 2.2 on milrinone.
Renal: PD held while in shock, CRRT via R IJ.
Skin: the L anterior shin abrasion from her fall has turned into a hard black eschar (~3x2.5) ringed by a lacy violaceous halo, very painful. Daughter says it began turning purple about a week ago at rehab. R leg normal.
A/P: painful necrotic ulcer L shin in PD pt -> calciphylaxis vs poor healing in low-output state (pulses dopplerable). Derm consult, ABIs. BMI 22.8.
"""),
("2023-03-27", "Dermatology Consult Note", """
Dermatology inpatient - bx result
Punch bx, L shin ulcer margin: calcium deposition in small dermal and subcutaneous vessel walls with thrombosis; consistent with calciphylaxis (confirmed).
History: fell in the ICU 3 weeks ago and scraped the L shin; eschar at the same spot began about 3/13.
Recs: STS, resume PD when stable with low-Ca dialysate, lesion care only with hydrogel + foam, keep leg offloaded. Avoid vitamin K antagonists in future.
"""),
]}

Y06 = {"patient_id": "Y06", "age": 49, "sex": "M", "notes": [
("2024-05-15", "MICU Admission Note", """
MICU H&P
CC: altered, hypotensive.
HPI: 49M T1DM (since age 12) w/ retinopathy -> legally blind since early this year, ESRD on HD MWF, missed Mon HD. Presents w/ K 7.3, BG 612, AG 28.
Home meds: glargine 20u, lispro SS. Since April his sister has done every insulin dose for him, always in the right arm (posterior aspect, upper arm), as he can no longer see to draw it up.
Noted a painful hard spot on that arm "yesterday".
Exam - R arm, posterior upper: firm tender violaceous nodule, 3 cm, faint livedo around it; no fluctuance.
A/P
Neuro: toxic-metabolic enceph, protecting airway.
CV: MAP 58 -> NE 0.05.
Renal: emergent HD then CRRT overnight.
Endo: DKA on ESRD - insulin gtt per protocol.
Skin: R arm nodule - cellulitis vs lipohypertrophy vs early calciphylaxis; mark borders, vanc.
Wt 111 kg, BMI 36.1. No warfarin.
"""),
("2024-05-18", "MICU Progress Note", """
HD#4
DKA closed 5/16, SQ insulin resumed (RN now rotating to abdomen). Off NE.
R posterior arm: nodule enlarged to 5 x 4 cm, purple reticulated border, new central black dot. Not warm. Vanc stopped (no response, cx neg).
Ca 9.4, Phos 8.8, PTH 990. On calcium acetate at home.
A/P: evolving necrotic plaque R arm at his insulin site in ESRD + DM - calciphylaxis now favored. Derm to biopsy today. Switch binder to sevelamer. CRRT -> iHD tomorrow. UF 6 kg off since admit, BMI 34.2.
"""),
("2024-05-22", "Dermatology Consult Note", """
Dermatology - final read
Excisional wedge of R posterior upper arm plaque: calcified subcutaneous arterioles, thrombosis, necrotic fat. Diagnosis: calciphylaxis.
Exposure: sister's daily insulin injections, R posterior upper arm, since April 2024. Onset of lesion 5/14/2024.
Recs: STS, no further injections in the R arm, wound care, palliative care for pain.
"""),
]}

Y07 = {"patient_id": "Y07", "age": 60, "sex": "F", "notes": [
("2025-01-28", "MICU Admission H&P", """
MICU H and P
60F ESRD on HD TTS (L thigh AVG), T2DM - diet only, A1c 6.6, has never been prescribed insulin, chronic LBP, overweight BMI 29.6, no anticoagulants. Sent from HD unit w/ T 39.2, hypotension, new R lower back wound.
HPI: nightly electric heating pad to the lower back (mostly the right side) starting New Year's Day, for a sciatica flare; dozes off on it. R lower back "sore spot" x 2 wks, turned black this weekend.
Exam: R lower back/paraspinal: eschar 6 x 5 cm, black, with violaceous stellate margin, rim of reticulated erythema (ab igne pattern above it). Exquisite tenderness.
Neuro: AOx3.
CV: septic shock, NE 0.1, lactate 3.3.
Resp: 4 L NC.
Renal: CRRT tonight, iHD when stable.
ID: vanc/cefepime, BCx x2.
Skin: as above; heating pad sent home with son.
"""),
("2025-01-30", "MICU Progress Note", """
MICU d3. BCx MSSA 2/2 -> cefazolin. TTE neg, TEE pending. NE off this am.
Back wound: unchanged eschar R lower back, no fluctuance on US, no gas on CT. Surgery: no debridement for now.
Mineral panel: PO4 6.9 with Ca 10.4; iPTH 640; alb 2.6.
Assessment: R lower back necrotic plaque - calciphylaxis vs thermal burn w/ superinfection (MSSA bacteremia source?). Derm bx requested.
"""),
("2025-02-04", "Dermatology Consult Note", """
Derm consult addendum
Biopsy R lower back (1/31): calcified, thrombosed small vessels of the deep dermis and subcutis; surrounding necrosis. No thermal epidermal necrosis pattern. Diagnosis: calciphylaxis, at the site of her nightly heating pad since 01/01/2025. Onset ~01/14/2025.
Recs: no heat sources on skin, STS w/ HD, continue cefazolin for MSSA bacteremia per ID.
"""),
]}

PATIENTS = [Y01, Y02, Y03, Y04, Y05, Y06, Y07]
