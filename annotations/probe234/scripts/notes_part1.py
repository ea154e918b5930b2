"""probe234 corpus notes, M01-M07 (long-term acute care hospital; all people and places invented)."""

M01 = {"patient_id": "M01", "age": 63, "sex": "F", "notes": [
("2022-03-09", "LTACH Admission H&P", """
LARKSPUR HOLLOW SPECIALTY HOSPITAL - LTACH ADMISSION H&P
Admit: 03/08/2022      Attending: I. Barraclough, MD

HPI: 63 yo F from Marlowe Regional MICU after 24 days for influenza A ARDS; her AKI on
CKD 4 never turned around -> ESRD, dialyzing Tue-Thu-Sat off a R IJ tunneled line.
Trach (#8 cuffed Shiley) 2/20, PEG 2/25 - tube exits LUQ.
Vent on arrival: PSV 12/+6, FiO2 0.40, RSBI 88.
DM2 x 15 yrs: insulin gtt in the unit, switched when she got here yesterday to SC
glargine 18u HS and a lispro corr. scale. RN plan: SC doses into the R lower
abdomen, L side left clear around the PEG.
Meds: sevelamer 1.6 g TID w/ feeds, cinacalcet 30, insulin as above.
Warfarin: never. Other anticoagulants: none. VTE ppx: SCDs BLE (plt 58K).
Exam: obese, BMI 36.2. Trach stoma clean. PEG site dry, bumper at 2.5 cm.
Skin: Braden 12; sacrum, heels, abdominal wall intact, no wounds POA.
Plan: daily SBT, SLP for PMV, Nepro 45 mL/h, HD per renal.
"""),
("2022-04-04", "Wound/Ostomy Nursing Consult", """
WOC NURSING CONSULT
Reason: painful discolored area on abdomen, found by night RN on 4/2/22.

S: On trach collar 28% today. Alert, mouths words, points at her R belly and grimaces
when it is touched (CPOT 5).
O: R lower abdominal quadrant, a hand's width lateral to the navel: 6.0x4.2cm firm
violaceous plaque w/ a netted purpuric border; black eschar 1.5x1.0cm at its heart.
No drainage/odor/fluctuance. Periwound woody.
MAR + flowsheet: every glargine and correction dose since 3/8 was charted to this same R
lower quadrant. PEG exit (LUQ) clean, nowhere near the plaque.
A: not a pressure injury - no device or bony prominence beneath it. With ESRD and a
Ca x P near 71 my worry is calciphylaxis.
P: stop using the abdomen for SC injections (posterior upper arms instead); silicone foam
over the eschar, no tape to skin; derm consult placed, renal notified.
"""),
("2022-04-11", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT (LTACH)
63F, ESRD/HD, DM2 using insulin, trach/PEG.
Punch bx R lower abdomen 4/5/22, path per Dr. Szabo: Ca++ lining subcutaneous small
vessels (vK-positive), clot in lumens, lobules of necrotic fat.
DX: CALCIPHYLAXIS, bx-proven, sitting precisely on the insulin injection field of her
R lower abdomen. Onset April 2 per WOC RN.
Today: plaque 7x5cm, eschar enlarging, fresh livedo along the upper margin. Breasts,
flanks, thighs and calves clear.
Plan:
- thiosulfate 25g, given by the HD nurse across the final hour of each Tue/Thu/Sat run
- stays off Ca-based binders; sevelamer + cinacalcet per renal
- pain: palliative following, hydromorphone
- dressings per WOC; insulin is now going only into the posterior arms
BMI 35.4 (96.3 kg). Reviewed with pt and her son using a letter board.
"""),
]}

M02 = {"patient_id": "M02", "age": 71, "sex": "M", "notes": [
("2023-06-01", "Interdisciplinary Team Rounds", """
IDT ROUNDS - Sable Point Specialty Hospital, 2 West        06/01/2023
Pt: 71 M, LOS 19. Prolonged MV after mechanical AVR + MV repair; sternum healed.
RT: trach collar 40% x 14 h yesterday, back on A/C overnight. Goal TC 24 h by 6/8.
Renal: ESRD - runs MWF 2nd shift, L brachial fistula. Gets cramps in both
calves toward the end of runs; UF goal cut to 2 L.
Pharm: warfarin for the mech valve, INR 2.8 today. Glucose: no DM (A1c 5.2) and no insulin.
Nursing: wife has been heating a gel pack in the family-lounge microwave and holding it
on both calves in the evenings since Memorial Day (5/29). BLE skin intact, no redness.
Unit policy on heating devices gone over with her; she agreed to stop and to massage
instead.
Nutrition: Nepro via PEG 55 mL/h. Wt 98 kg, BMI 31.8.
SW: wife wants him home with home health; IRF screen next week as a backup.
"""),
("2023-06-22", "Nephrology Progress Note", """
NEPHROLOGY - HD rounding note
S: HD RN flagged a painful spot on the L calf 3 days ago. Pt writes on his board:
"burns like fire, worse when the sheet touches it."
O: on HD, BP 118/64, UF 1.8 L.  L posterior mid-calf: stellate purple plaque 3x2.5cm,
dusky center, livedo tracking 4 cm upward; exquisitely tender. R calf unremarkable.
Labs 6/21: iPTH 1140; PO4 7.9 H, INR 2.9 (goal 2.5-3.5); albumin 2.6 so Ca
corrects to 9.8.
A/P:
#1 Retiform, very painful purpura of the L calf; ESRD, warfarin, phos out of range:
concern for calciphylaxis. Wife says this is exactly where she rested the warm pack
most nights. Derm asked to biopsy. Legs: no heat, no cold, from here on.
#2 SHPT: cinacalcet increased to 60; swap Ca acetate for sevelamer; 2.0 Ca bath.
#3 Dialysis: keep MWF schedule, Kt/V 1.4 adequate.
"""),
("2023-06-30", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP - 2 West
Bx L posterior calf 6/23/2023 (4 mm punch + deep incisional wedge), path: Ca++ crusting
the arteriolar walls in the panniculus, fibrin microthrombi, septal panniculitis.
Final dx: CALCIPHYLAXIS.
Onset 6/19 per renal; it came up under the area where family had been applying the
home heat pack for his cramps since the end of May. Lesion now 3.5x3cm with early
eschar; no new sites.
Cardiology (Dr. Okonkwo-Hale) re-reviewed anticoagulation: mechanical AVR, so switching
to apixaban or similar is off the table - warfarin continues, INR target lowered to
2.0-2.5; vitamin K1 supplement started.
Plan: STS (25 g) on each HD day; hydrogel + bordered foam; no sharp debridement - the
eschar is dry, so it stays; gabapentin 100 mg post-run for the burning.
"""),
]}

M03 = {"patient_id": "M03", "age": 58, "sex": "F", "notes": [
("2020-01-08", "Respiratory Therapy Weaning Assessment", """
RT WEANING ASSESSMENT - Kestrel Ridge LTACH
58F, trach #7 Shiley, vent day 23. Dx: RLL necrotizing pneumonia, R chest tube pulled
12/30. CXR: dense RLL consolidation, L lung clear.
Pulm order since 12/28/2019: position "good lung down" - L lateral decubitus as much as
tolerated. Per RN turning log she has spent ~18-20 h/day on her L side. Nursing reports
blanchable redness over the L greater trochanter from lying on that side; pressure-
redistribution overlay on the bed, wedge adjusted.
Settings: PS 14 / PEEP 8, FiO2 35%, Vt 380-420, RR 22, RSBI 96. SBT 30 min, failed at
22 min (RR 34, diaphoretic). Plan: PS trials BID, reassess daily.
Other: ESRD, nightly cycler PD (renal following). DM2 - linagliptin only, no insulin.
BMI 44.
"""),
("2020-01-29", "Wound Care Nurse Progress Note", """
WOUND CARE RN NOTE
Called by primary RN re: new dark area L hip, first seen by the CNA during the Sunday
bath (1/26).
Assessment: overlying the L greater trochanter, a purple-black plaque 7x5cm with an
irregular starburst margin and lacy livedo around it; pt cries out with linen changes.
Skin intact over it, no blister, no drainage.
Atypical for DTI: pain far out of proportion, livedo pattern, woody induration spreading
well past the bony prominence. Turning has been L side/back only since 1/20 per pulm.
Plan: off-load L hip completely, R side or supine only; no massage; derm consult for
biopsy; PD RN aware; Ca/Phos/PTH ordered.
"""),
("2020-02-06", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION
58F w/ ESRD doing CCPD at night, T2DM (no insulin), obesity with BMI 43.1 today, s/p LAA
occlusion device 2017 - warfarin stopped at that time. Painful L hip lesion since 1/26/2020.
Path (incisional bx L lateral hip, 1/31/20): subcutaneous vessels (small + mid-sized)
packed with calcium and clot; fat lobules infarcted. Dx CALCIPHYLAXIS.
Comment: the lesion sits squarely over the L trochanter, where she was kept lying for
about a month for pulmonary reasons; that sustained pressure likely played a part.
Exam: eschar now 5x4cm inside a rim of retiform purpura; R hip, thighs and abdomen clear.
Recs: IV sodium thiosulfate (renal to arrange alongside PD); calcium carbonate ->
lanthanum; no further L side-lying; no sharp debridement for now; palliative care for pain.
"""),
]}

M04 = {"patient_id": "M04", "age": 66, "sex": "M", "notes": [
("2021-10-05", "LTACH Nursing Admission Assessment", """
NURSING ADMISSION ASSESSMENT - Harrowgate Specialty Hospital, 3 East
Arrived 10/4/2021 at 2140 by ALS from Hollins Memorial (ICU x 26 d, post-op respiratory
failure after L5-S1 fusion, course c/b MSSA bacteremia).
Resp: trach #6 cuffless, 28% ATC; PMV only with SLP present.
GU: CKD stage 4 (Cr 3.4, GFR 19) - no dialysis. Urinary retention: 16 Fr Foley
indwelling; tubing secured to the R upper inner thigh with cloth tape, retaped each shift
per unit routine since arrival.
Cardiac: AF; takes warfarin 5 mg nightly, INR on arrival 2.7.
Endo: no history of diabetes.
Skin: Braden 13. Lumbar incision healed. Thighs, buttocks and heels without breakdown.
Ht 180 cm / wt 95.3 kg / BMI 29.4.
Safety: high fall risk, bed alarm on, belongings in reach.
"""),
("2021-10-28", "Wound Care Progress Note", """
Wound care f/u
Pt reports pain in the R groin/inner thigh x 1 wk, worse when the Foley tubing moves.
R upper medial thigh (8 cm distal to the groin crease): retiform purpuric plaque 5x3cm,
firm and tender, necrotic black center 1.2 cm; faint livedo surrounding.
Tape residue - none; tear - none. Surrounding skin dry.
Not a typical MDRPI pattern (no outline of a device edge).
Differential: calciphylaxis / warfarin necrosis / vasculitis. Derm for bx.
Actions: catheter now anchored to the L thigh with a StatLock; R thigh kept free of
adhesive; non-adherent contact layer + gauze wrap.
"""),
("2021-11-03", "Dermatology Consult", """
Derm consult
66M, CKD 4 (not dialyzing), AF on warfarin, BMI 29.4 (overweight). R upper medial thigh
lesion, onset ~10/21/21.
Bx 10/29/21 (R thigh, deep wedge): medial calcification of septal arterioles, intravascular
thrombi, no vasculitis. Consistent with NON-UREMIC CALCIPHYLAXIS. The mural calcium on
von Kossa argues against warfarin skin necrosis.
Plan: stop warfarin -> apixaban per cardiology; STS 12.5 g through the PICC on Mon, Wed
and Fri; vitamin K; collagenase to the necrotic center; pain control with scheduled
acetaminophen + low-dose oxycodone.
"""),
]}

M05 = {"patient_id": "M05", "age": 77, "sex": "F", "notes": [
("2024-01-18", "LTACH Admission H&P", """
ADMISSION H&P - Larkspur Hollow Specialty Hospital
Admitted: January 17, 2024
77F from St. Brendan Medical Center ICU: perforated sigmoid diverticulitis -> Hartmann's
12/19/23, septic shock, prolonged vent; trach 1/5/24.
Abd: midline laparotomy wound healing by secondary intent, NPWT at -125 mmHg; LLQ colostomy
pink and functioning.
Renal: ESRD, HD since 2019 (MWF) via L BC fistula.
Heme: SQ heparin 5000u TID for VTE ppx, begun on admission Jan 17 - being given in
both triceps regions (posterior upper arms), since the abdomen is taken up by the wound
and stoma.
Not diabetic. Has never taken warfarin.
Resp: PS 10/5, FiO2 35%.
Ht 159.5 cm, wt 84 kg: BMI 33.0 (obese).
Plan: vent wean, NPWT changes MWF, HD with renal, PT/OT.
"""),
("2024-02-13", "Nephrology HD Rounding Note", """
Nephrology HD rounding note          13-Feb-2024
Seen on HD: 3 h 45 min, BFR 350, UF 2.0 L, tolerating.
New issue: on 9 Feb the RN found 2 tender violaceous nodules, L arm, posterior aspect,
upper third; they have merged into one indurated plaque, 4x3cm, livedo at its edge. R arm shows
a few small ecchymoses only. Pt says the L arm "burns" every time she is turned.
Labs: Ca 10.1 (high), PO4 6.8, iPTH 690, alk phos 210, albumin 2.2.
Assessment: concerning for calciphylaxis at the SC heparin sites; also on calcitriol.
Plan: hold calcitriol; stop Ca-based binder; stop SC heparin into the arms, SCDs pending
talk with the hospitalist; derm consult for biopsy.
"""),
("2024-02-20", "Dermatology Consultation", """
Dermatology - inpatient consult (LTACH)
Bx L posterior upper arm, 14 Feb 2024, read by Dr. Amundsen: the subcutaneous arterioles
carry vK-positive mineral in their walls, several are thrombosed, the fat around them died.
DIAGNOSIS: calciphylaxis.
Clinical: L posterior arm plaque (onset 9 Feb), now 5x4cm, black eschar centrally;
full skin check finds nothing else. The location matches where her SC heparin had been
given since admission in January.
Plan: start thiosulfate - 25g with every HD (her thrice-weekly runs); heparin injections
stopped (now SCDs); alginate under a bordered foam; gabapentin, 100 mg, dosed after
dialysis; palliative care for goals.
BMI 33.0.
"""),
]}

M06 = {"patient_id": "M06", "age": 69, "sex": "M", "notes": [
("2018-08-03", "Nursing Event Note", """
NURSING NOTE - SKIN / EVENT      08/03/2018 0240
Pt (69M, trach/vent, ICU delirium) became agitated ~0215 and struck his R forearm on the
upper side rail while being repositioned. 4 cm flap skin tear R dorsal forearm,
mid-shaft, Payne-Martin category II. Bleeding controlled with NS-soaked gauze.
Care: cleansed with NS, flap rolled back into place, silicone contact layer + rolled
gauze; no adhesive or tape on the skin. Side rails padded.
Hospitalist (Dr. Faraday) notified - no new orders.
Pt reoriented; CAM-ICU positive. Quetiapine 12.5 mg given per PRN order.
Background: ESRD (HD T-Th-Sa), no DM, no blood thinners.
"""),
("2018-09-04", "Wound Care Consult", """
WOUND CONSULT  9/4/18
Consulted for a nonhealing, very painful R forearm wound. Per pt (now talking with PMV),
the pain and the dark color began in the last week of August.
R dorsal forearm, mid-shaft: eschar 3.5x2.5cm, black and stuck down, ringed by violaceous
retiform change; livedo extending toward the wrist. No purulence. Radial pulse 2+.
L arm: AVF thrill +, skin fine.
Labs 8/30: PTH 1,320; P 8.4; Ca 9.6.
Assessment: ischemic-looking necrotic wound in an HD patient - r/o calciphylaxis; steal
seems unlikely (fistula is on the L). Recommend derm biopsy; moist dressing until then.
"""),
("2018-09-12", "Dermatology Consult", """
DERMATOLOGY CONSULT
69M ESRD/HD, weaning from vent at LTACH. R dorsal forearm eschar since late Aug 2018.
Bx 9/6/18 (Dr. Pellegrini): mural calcium within small vessels at the dermis-subcutis
junction; occlusive thrombi; the fat is necrotic. Pathologist's read: calciphylaxis (distal,
upper limb).
Steal excluded - fistula is L-sided; R radial Doppler triphasic.
Exam today: eschar 4x3cm, rim of retiform purpura, fine livedo over the distal
forearm; hand warm, cap refill brisk. L arm, trunk and legs: nothing similar.
BMI 24.6, not obese; no warfarin; no diabetes.
Plan: STS on dialysis days; stop calcitriol; cinacalcet 30 mg; alginate + gauze wrap;
padded rails to continue; f/u 1 week. Discussed with pt, who writes that he understands.
"""),
]}

M07 = {"patient_id": "M07", "age": 54, "sex": "F", "notes": [
("2019-01-11", "Nephrology Consult", """
Renal consult - Kestrel Ridge LTACH
54F, home CCPD (5 cycles overnight, 2.5% dextrose), admitted 1/9/19 for vent wean
after influenza B pneumonia; trach in place.
Hgb 7.6, TSAT 28%, ferritin 640. Starting darbepoetin alfa 60 mcg SC q2 weeks: 1st dose
given yesterday (Jan 10th) into the R outer thigh. Pt asks that we use the outer thighs,
alternating, rather than the abdomen near her PD catheter exit site.
T2 diabetes: diet-controlled, A1c 6.3 back in Dec; on neither insulin nor tablets.
Warfarin - never. BMI 38.7.
PD: catheter exit clean & dry; effluent clear.
Plan: continue CCPD, darbepoetin as above, Hgb weekly, sevelamer with feeds.
"""),
("2019-02-25", "Wound Care Note", """
WOC RN note        25/02/2019
Two painful lesions, lateral thighs.
R lateral thigh: first noticed 18.02.2019; now an indurated violaceous plaque 4x4cm,
eschar 1 cm in the center.
L lateral thigh: appeared 22.02.2019; dusky tender nodule 2.5x2cm, livedo over it.
Both sit on the darbepoetin sites (MAR: R thigh 1/10 and 2/7, L thigh 1/24 and 2/21).
No heat, no ice, no tape there. Pt rates pain 9/10, worst when she is log-rolled
for linen changes.
PO4 7.2 and Ca 9.9 this AM.
Plan: derm paged; silicone foam dressings, nothing adhesive; pain team to see; renal
aware and will hold the next darbepoetin dose.
"""),
("2019-03-04", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
Bx L lateral thigh 26 February 2019 - calcified small vessels, clot in lumens,
necrotizing lobular panniculitis. => calciphylaxis.
Clinical: bilateral lateral thigh plaques at the darbepoetin injection sites, R since
18.02.2019, L since 22.02.2019; R now ulcerated.
Risk: ESRD on PD, obesity, diet-controlled DM2, phos 7.2.
Exam: R thigh 5x4cm with a shallow ulcer under the eschar; L thigh plaque 3x2.5cm,
intact. Abdomen, PD exit site and arms clear.
Plan: thighs are off limits for SC injections from now on (renal to give ESA IV);
STS per renal; hydrogel + foam; re-check in 1 week. BMI today 38.1.
"""),
]}

PATIENTS = [M01, M02, M03, M04, M05, M06, M07]
