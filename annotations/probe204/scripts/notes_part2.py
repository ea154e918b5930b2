"""probe204 corpus notes, F08-F14 (phototherapy and dermatology day treatment and the clinics around it; all invented)."""

F08 = {"patient_id": "F08", "age": 74, "sex": "F", "notes": [
("2024-11-18", "Phototherapy Incident Record", """
NB-UVB -- incident record          18/11/2024 11:15
Session 6, cabin 2 (uraemic itch course); no erythema to date.

Stepping out of the cabin after her exposure, pt lost her footing on the
raised sill and her R shin struck the door frame. No fall, no head
injury.
R anterior shin, middle third: 3 cm triangular skin tear, flap viable,
minor ooze. Saline clean; flap repositioned, kept in place by a silicone contact
layer (Mepitel One) under a light tubular retention sleeve.
Obs: BP 150/80  HR 82  BM 9.4
Background: CKD5 (ESKD) on conservative management -- chose not to
dialyse; T2DM on insulin (Lantus).
Datix 44721. Daughter informed. Sill marked with yellow/black tape, estates
asked for a grab rail.
Review in dressing clinic Thurs.

N. Okonjo, Phototherapy Nurse
"""),
("2024-12-10", "Dressing Clinic Note", """
Dressing clinic -- Quarrybank

R shin skin tear (from the cabin sill 18/11) had epithelialised by 29/11.
Since Mon 2nd Dec: deep, burning pain again at that same spot and a purple
mottled patch, now a firm plaque 4x3cm, dry black centre 1.5cm, sitting
over the old tear.
This is not the original tear -- looks like the fat underneath is dying.
Escalated to Dr Marchetti same day; biopsy booked for Thursday.
Pain 9/10. Dressing: Flaminal Forte + Mepilex, soft wool padding, no
compression.
Obs: T 36.5  BP 146/78
Wt 82.6 kg, BMI 31.6

SN M. Pryce
"""),
("2024-12-19", "Renal Supportive Care Clinic", """
Renal supportive care clinic

74F, CKD5 (eGFR 9), conservative pathway -- no dialysis by her choice;
T2DM on basal insulin; obesity.
Derm biopsy (12/12): calciphylaxis, R shin -- arose at the site of the
phototherapy cabin injury last month.
Bloods: adj Ca 2.49, PO4 2.05, PTH 58, K 5.6
Talked through: IV sodium thiosulfate (no dialysis circuit to give it
through, so it would mean peripheral infusions in the day unit), pain
relief, goals of care. She wants to stay at home.
Plan: STS 25g IV on M/W/F as a day-unit trial; stop calcium carbonate, switch to
lanthanum; palliative team input; BMI 31.6 unchanged.

Dr N. Aziz
"""),
]}

F09 = {"patient_id": "F09", "age": 61, "sex": "M", "notes": [
("2018-03-13", "NB-UVB Pre-treatment Assessment", """
Phototherapy pre-treatment assessment

61M referred by renal for uraemic pruritus, no better on emollients or
sertraline.
Skin type II. No photosensitising drugs. No skin cancer hx.
Skin check: xerosis, scratch marks on back and forearms, no ulcers.
Insulin: NovoRapid + Levemir -- always injected into his L anterior
thigh, nowhere else ("right hand's useless since the stroke, so the
left hand does the left leg").
Renal: ESRF on HD (Mon/Wed/Fri). Warfarin: never.
Ht 1.70 m, wt 93 kg, BMI 32.2
Plan: whole-body NB-UVB 2x/wk Tues/Thurs (HD days clash) once a cabin
slot frees up -- waiting list ~8 wks. Consent signed; leaflet + goggles
explained.

S. Okafor
"""),
("2018-05-08", "HD Unit Review", """
HD unit -- doctor review

Pain in the R outer thigh ~3 wks, now "a hard purple slab". Worse at
night, paracetamol not touching it. No fever, no rigors.
Exam: R lat thigh -- indurated plaque 9x6cm, stellate purpura, early
central necrosis. L thigh: insulin areas show lipohypertrophy only, no
purpura, no hardness beyond that.
Obs: 37.1 / 150/86 / 80
Labs: cCa 2.60, PO4 2.3, PTH 104, alb 29
Imp: likely calciphylaxis R thigh
Plan: derm for biopsy; stop calcium-containing binder. UVB never
started (still on the waiting list) -- now on hold.

Dr P. Sandhu
"""),
("2018-05-22", "Dermatology Consultation", """
Derm consult

Biopsy (R lateral thigh, 10/05/18): calciphylaxis confirmed (mural
calcium in subcut vessels with thrombus; fat necrosis around).
Exam today: plaque the same size, eschar now 3 cm, no satellite areas.
Pain 7/10 -> gabapentin 100 mg post-HD started.
Trauma hx: not once injected in the R thigh; never any heat/ice there;
no falls, no knocks to that leg. All his insulin goes in the L thigh,
where there is only lipohypertrophy.
Plan: STS on HD; wound care in our dressing clinic; phototherapy
will not be started for now; DSN to look at insulin technique. BMI 32.2.

Dr R. Achterberg
"""),
]}

F10 = {"patient_id": "F10", "age": 55, "sex": "F", "notes": [
("2021-01-26", "NB-UVB Treatment Log", """
NB-UVB -- session log, cabin 1

55F, uraemic itch, on PD (APD nightly). Skin type III. Course began
19/01/21.
Session 3 | 26/01/21 | 0.31 J/cm2 | cumul 0.8 | erythema none
Pt mentions a tender mottled patch, R calf (posterior), there since
early Jan, i.e. before her first session, "like a bruise but it really hurts". Nurse look: reticulate
violaceous patch 4x3cm, skin intact. Advised to see GP/renal;
treatment carries on meanwhile (legs included).
Pre-exposure check: xerosis improving, no burns so far. Next session
Thurs, +10%.
Meds: warfarin (AF), sevelamer, calcitriol.
BMI 28.4

Op: JH
"""),
("2021-02-09", "Phototherapy Adverse Event Record", """
Adverse event -- phototherapy

Session 7 on 08/02/2021: dose keyed in as 1.16 instead of 0.46 J/cm2
(transcription slip).
Today: grade 3 erythema both lower legs and forearms, painful, blisters on
the L shin -- UVB burn.
The mottled R posterior calf patch is unchanged per pt and lies inside
the burnt area.
Management: potent topical steroid x3 days, emollient, analgesia;
phototherapy paused 2 wks; incident reported; duty of candour
conversation held with pt and husband; she is upset but understanding.
Obs: T 37.2  BP 122/70

Sister L. Brennan
"""),
("2021-02-23", "PD Clinic", """
PD clinic

55F. The R posterior calf patch is now an ulcer: 3x2cm, black eschar,
violaceous net-like rim, excruciating. It began early in January as the sore
mottled patch, i.e. before any UVB and weeks BEFORE the
overdose of 8 Feb; the burn on
both legs has healed.
PET high-average. Kt/V 1.9.
Labs: Ca 2.64, PO4 2.19, PTH 86, INR 2.8
Imp: calciphylaxis suspected -- warfarin + PD
Plan: warfarin -> apixaban (cardiology agree), stop calcitriol, urgent derm
biopsy, STS IP vs IV to be decided.

Dr H. Ferreira
"""),
("2021-03-09", "Dermatology Consultation", """
Derm -- biopsy results

Incisional bx R posterior calf 25/02/21: calcific arteriolopathy,
thrombosis, fat necrosis -- calciphylaxis.
Timeline checked against phototherapy records: the lesion was first logged
26/01, the UVB burn happened 08/02 -- so the burn postdates the lesion and
cannot have set it off.
Now on apixaban (warfarin stopped 24/02).
Wound 3.5x2.5cm; eschar adherent, rim less purple. Pain 6/10 on
paracetamol + low-dose oxycodone. Photos for the wound record.
Plan: STS, weekly dressing clinic, no more phototherapy to the legs.
BMI 28.0

Dr T. Abernethy
"""),
]}

F11 = {"patient_id": "F11", "age": 60, "sex": "F", "notes": [
("2022-05-12", "Dermatology Consultation", """
Derm consult -- Quarrybank

60F, ESRF, HD through a L arm fistula. Insulin-dependent T2DM: she
self-injects over both triceps only (her choice), never the tummy ("there's too much of it");
BMI 44.0.
Since April: painful hard plaque on the R lower pannus, now 10 x 7 cm,
central eschar 4 cm, stellate purpura at its edge.
Impression: calciphylaxis, clinically.
Procedure today: deep incisional biopsy (spindle 20 x 6 mm) from the
plaque edge under LA, 2 sutures.
Upper arms: no lesions.
Bloods: cCa 2.57 | phos 2.40 | PTH 130
Plan: await histology; start STS with HD now (renal agree); dressing
clinic referral.

Dr A. Marchetti
"""),
("2022-05-26", "Dressing Clinic Note", """
Dressing clinic

Histology from 12/05 confirms calciphylaxis (R pannus).
Wound: R lower pannus 10.5x7cm, edges of eschar lifting, slough 40%.
CSWD of loose slough w/ scalpel + forceps (pt
consented, Entonox, tolerated), ~15% of the surface. Biopsy sutures out.
Dressing: Iodoflex to slough, ABD pad, held with Mefix tape across the
pannus fold. Pannus supported in a soft tubular sling.
Pain 8/10 before, 6/10 after.
Obs: T 36.9, BP 138/74. Photos taken, measurements on the wound chart.
Plan: dressings twice weekly, think about larval therapy.

SN K. Dunmore
"""),
("2022-07-05", "Tissue Viability Review", """
Dressing clinic / tissue viability

R pannus calciphylaxis wound, wk 7 of STS.
NPWT (PICO) put on last visit -- good seal, 30% granulation now.
Pt has been resting a cold gel pack on top of the dressing overnight for
pain -- helps, she says; told to put a cloth between, 15 min max.
No new lesions; upper arms (insulin sites) and thighs clear.
Plan: PICO to continue, change weekly.
Obs: T 36.8  BP 141/77  BM 11.2
Wt down 1 kg, BMI 43.7

SN K. Dunmore / TVN
"""),
]}

F12 = {"patient_id": "F12", "age": 52, "sex": "M", "notes": [
("2019-09-10", "Day Treatment Procedure Note", """
Day Treatment -- procedure note

52M, keloid, L shoulder tip (from teenage acne).
Intralesional triamcinolone acetonide 40 mg/ml, 0.5 ml into the keloid
via 30G needle -- 3rd session (previous 23/07 and 13/08). No atrophy.
Keloid flatter, itch eased. Consent reviewed, keen to carry on.
Afterwards: gauze held till dry, no dressing needed, no vasovagal.
Background: ESRF (polycystic kidneys), HD Tue/Thu/Sat via R forearm fistula;
AF on apixaban (never been on warfarin); not diabetic.
Obs: BP 136/80. BMI 25.6
Next: 6 wks.

Dr O. Haddad
"""),
("2019-10-15", "HD Unit Review", """
HD review

New, very painful, hard dusky patch -- dorsal L upper arm, mid-way up,
x 1 week, now with a dark central crust. No knock recalled.
Exam: L upper arm posteriorly over mid triceps, 4x4cm indurated
violaceous plaque, central 8 mm eschar, livedo around it. L shoulder keloid as before,
no breakdown there.
Obs: T 36.9, BP 162/90.
Labs: cCa 2.72, PO4 2.7, PTH 160 pmol/L (?tertiary)
Imp: suspect calciphylaxis
Plan: derm bx; STS discussion; parathyroid surgery referral.

Dr M. Kowalczyk
"""),
("2019-10-29", "Dermatology Consultation", """
Derm

Biopsy (L posterior upper arm, 17/10/2019): calciphylaxis.
Site relation: the keloid injections go into the L shoulder tip; the
calciphylaxis plaque sits posteriorly on the upper arm, ~15 cm lower
down, outside any skin we have injected -- not an injection-site lesion.
Exam: plaque 4.5x4cm, eschar firm, livedo creeping toward the elbow. Arms,
trunk and legs otherwise clear. Pain 7/10, poor sleep. Photos taken for
the record.
Plan: triamcinolone on hold; STS 3x/wk with HD; wound care;
parathyroidectomy referral.
BMI 25.3

Dr A. Marchetti
"""),
]}

F13 = {"patient_id": "F13", "age": 67, "sex": "F", "notes": [
("2020-02-04", "Dermatology Consultation", """
Derm consult (ward -> day unit)

67F, ESRF on HD, AF on warfarin, T2DM diet-controlled (no meds).
Both medial thighs: painful plaques since New Year's Day; L 8x5cm,
R 6x4cm; retiform purpura both, necrotic centre on the L only.
Biopsy L medial thigh 28/01/20: calciphylaxis (von Kossa +).
Trauma screen: denies any injections into the thighs, heat pads, hot
water bottles, ice, falls or knocks; clothes loose (wears dresses).
Plan: warfarin held (renal/cardiology to discuss what replaces it); STS
with HD; analgesia; dressing clinic.
BMI 29.9 -- overweight.

Dr T. Abernethy
"""),
("2020-02-18", "Phototherapy Consultation", """
Phototherapy consult -- uraemic itch

Referred for NB-UVB. Talked it through: would be whole body but with both
thighs shielded because of the open calciphylaxis wounds; if any new burn
or blister appeared we would stop. Decision: defer the course until the
wounds have healed.
Patch testing to dressings also mooted (?allergy to the adhesive border)
-- pencilled in for April, not done yet.
Itch NRS 8. Skin type II.
Advice: no hot baths, no heat packs on the legs.
Consent for UVB not taken yet.

S. Okafor
"""),
("2020-03-10", "Dressing Clinic Note", """
Dressing clinic

Both medial thigh wounds: L 8.5x5cm (eschar 60%), R 6x3.5cm
(eschar 20%, edges granulating).
Pt asked if "blood-thinning jabs" could have caused this -- she has never
had heparin or enoxaparin injections; renal say enoxaparin bridging might
be needed later if anticoagulation restarts.
Warfarin still held. STS continuing with HD, week 6.
Pain managed with paracetamol + oxycodone 30 min before the change.
Dressings: Flaminal, Mepilex Transfer, tubular retention; no tape on the
skin.
Obs: BP 128/66. Pain 5/10. Photos updated; next review 1/52.

SN M. Pryce
"""),
]}

F14 = {"patient_id": "F14", "age": 70, "sex": "M", "notes": [
("2023-03-17", "Patch Test Clinic Readings", """
Patch test clinic -- D4 reading

70M, eczema of hands and face. BSCA baseline + cosmetic series + own
products; Finn chambers on Scanpor tape, upper back, D0 13/03/2023.
D4: nickel +++ with vesicles/bullae at the chamber (R upper back),
fragrance mix I ++, rest negative. Some erosions where the vesicles have
burst. Potent steroid to the reactions.
Also: wart R index finger -- cryotherapy 10 s x 2 freeze-thaw today.
Background: CAPD, 4 exchanges/day. Insulin-treated T2DM (Tresiba, thighs).
BMI 30.6
Plan: nickel/fragrance advice sheets; review 6 wks.

Dr C. Lindqvist
"""),
("2023-04-04", "PD Clinic", """
PD clinic -- unscheduled

Painful hard purple patch L calf x 2 weeks, now black in the middle.
Also mentions "a blood blister on my finger" (R index, after the wart
freezing, healing) and itchy crusted spots on the upper back since the
allergy tests, settling.
Exam: L calf, posterior -- indurated retiform violaceous plaque 5x4cm,
necrosis centrally 1.5cm. Feet warm, pulses present.
Labs: Ca 2.59, PO4 2.26, PTH 77
Imp: ?calciphylaxis
Obs: BP 136/78, T 36.8.
Plan: urgent derm; hold calcium carbonate.

Dr H. Ferreira
"""),
("2023-04-18", "Dermatology Consultation", """
Derm

Biopsy L calf (06/04/23): calciphylaxis.
The haemorrhagic blister on the R index finger is a cryotherapy reaction,
and the eroded patches on the upper back are his allergic (nickel) patch
test reaction -- neither is calciphylaxis, both healing well.
He recalls no injury, jab or heat applied to the L calf.
Exam: calf plaque stable, eschar dry, no cellulitis. Obs: T 36.7,
BP 142/80. Pain 6/10, on paracetamol.
Plan: STS (IP via PD bags vs IV -- with renal), wound care, review 2/52.
BMI 30.6 today.

Dr C. Lindqvist
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
