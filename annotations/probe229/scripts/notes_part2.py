"""probe229 corpus notes, G08-G14 (EMS, transport and community paramedicine, plus the clinics
around them; all people, places and wording invented for this corpus)."""

G08 = {"patient_id": "G08", "age": 63, "sex": "M", "notes": [
("2020-11-02", "EMS Patient Care Report", """
NORTHFORK COUNTY EMS - PATIENT CARE REPORT   Medic 31   11/02/2020
Disp: difficulty breathing

63 yo M, COPD on 2L home O2, found seated on the edge of his bed in tripod
posture, elbows dug into his thighs, talking in 3-4 word bursts. Wife says
he sits leaning on his elbows like that most of the day.
Diffuse exp wheezes, accessory muscle use, SpO2 84% on his 2L.
Hx: COPD; ESRD (Northfork HD TTS); DM2 using insulin; obese (wife
recalls clinic putting his BMI "about 35 or 36").
Tx: DuoNeb x2, methylprednisolone 125 mg IV via 20g L AC, CPAP 7.5 cmH2O;
SpO2 up to 92%, ETCO2 52 w/ sharkfin waveform.
Transported emergent to Northfork Memorial, report to Dr. Ibsen.
"""),
("2020-11-20", "Community Paramedicine Post-Discharge Visit", """
COMMUNITY PARAMEDIC POST-DISCHARGE VISIT - Northfork MIH   20.11.2020

63M, d/c 11/9 after COPD exacerbation. Meds reviewed: tiotropium,
budesonide-formoterol, prednisone taper (day 9 of 10), NPH 30 u BID.
Insulin: wife draws it up; he self-injects into R and L anterior
thigh skin, a habit since 06/2018 when insulin began; never the abdomen.
Posture: still hunches forward resting both elbows on his thighs to
breathe - "only way I get air".
Skin of thighs: some firm lumpy spots at injection areas, no
discoloration, no open areas.
SpO2 91% on 2L, RR 20, BGL 264 (steroids).
Plan: pursed-lip breathing coaching, chair with armrests ordered,
pulmonology f/u next week.
"""),
("2021-01-05", "EMS Patient Care Report", """
NORTHFORK CO. EMS PCR   Medic 29   Jan 5 2021
CC: leg pain

63 y/o M w/ painful skin lesions on both thighs since Christmas Eve,
worse daily; he can no longer sit in his usual leaning position.
Exam: bilat distal anterior thighs, firm purple netlike plaques (R
7x5cm, L 5x4cm) w/ dusky black centers, sitting right where his elbows
rest and where he gives his NPH.
SpO2 93% on 2L, other VS wnl. BGL 198.
Hx COPD, ESRD/HD, DM2 on insulin.
Tx: fentanyl 50 mcg IV (22g R hand), pain 8 -> 5.
Transport to Northfork Memorial, no changes en route.
"""),
("2021-01-19", "Dermatology Inpatient Consult", """
Dermatology Inpatient Consult - Northfork Memorial   1/19/2021

Bilateral anterior thigh plaques, onset 12/24/2020.
Bx R thigh 1/8/21: calciphylaxis, heavy vascular calcification in the
subcutaneous fat, thrombosed capillaries.
Distribution: both anterior thighs, precisely at (1) his insulin
injection zones, in use since June 2018, and (2) the spots where he leans
his elbows for hours a day while tripoding for COPD. Both probably
contributed.
Weight 112 kg, BMI 35.4.
Plan: STS with HD, move insulin to the abdomen, pillow/armrest setup to
keep the elbows off the thighs, wound care, pain management.
"""),
]}

G09 = {"patient_id": "G09", "age": 60, "sex": "F", "notes": [
("2022-08-15", "EMS Patient Care Report", """
PCR - Ashgrove Fire Dept Medic 6   08/15/2022
Nature: fall, outdoors

60F tripped on a curb at the bus stop, fell hard on the R hip and
thigh, both sore now. Head uninjured, no syncope.
Exam: R lateral thigh 10 cm contusion w/ swelling, no deformity, hip ROM
full, able to bear weight. Pelvis stable to compression.
Hx: ESRD (Ashgrove unit MWF); DM2, insulin into the abdomen;
obesity.
VS 150/84  88  16  97%  BGL 155.
Tx: instant cold pack applied to the R lateral thigh on scene. Pt refused
transport, wants to make her afternoon HD chair; refusal signed with
witness, return precautions given.
"""),
("2022-09-20", "Community Paramedicine Home Visit", """
Ashgrove Community Paramedicine - home visit   9/20/22

Pt has kept icing the R outer thigh bruise twice a day since the 8/15
fall; bruise now faded yellow, skin intact, nontender.
NEW: for about 1 wk, a firm purple patch, upper inner L thigh, that
hurts badly; no injury there that she can recall. Exam: L medial thigh,
5x4cm indurated violaceous plaque, netted edge, not yet ulcerated.
Insulin: still injects only in the abdomen, rotating quadrants.
BMI 38.9 (clinic 9/1).
Plan: photo sent to the renal NP; urgent derm referral; ride booked.
"""),
("2022-10-04", "Dermatology Note", """
DERMATOLOGY NOTE - Ashgrove Medical Center   04 Oct 2022

The inner L thigh plaque has necrosed centrally and begun to ulcerate.
Punch bx 9/27: calciphylaxis confirmed (stippled calcification of small
vessels, thrombosis, fat necrosis).
Nothing ever injured the L thigh by history; the August contusion and
the ice were on the R lateral thigh, whose skin looks normal today.
ESRD/HD. DM2 w/ insulin. BMI 38.9 (obese). No warfarin ever.
Plan: STS at HD, switch binder, wound care per protocol, analgesia;
see again in 2 wks.
"""),
]}

G10 = {"patient_id": "G10", "age": 52, "sex": "M", "notes": [
("2023-05-02", "Wound Care Center Initial Visit", """
WOUND CARE CENTER - Initial visit   May 2, 2023

52 M, ESRD on PD for 4 yrs, HTN, prior PE 2014 (warfarin 2014-15, then
stopped; no anticoagulant now). Not diabetic.
Lesion: L posterior calf ulcer 4x3cm, black eschar, violaceous livedo
surrounding. Pt says it appeared over Easter weekend.
Biopsy (outside derm, 4/21/23): calciphylaxis.
No injury, injection, heat or cold to the calf before it appeared, per pt
and wife.
Wt 97 kg (height not on file here).
Plan: moist dressing, STS to start via infusion, PD prescription review
w/ his nephrologist.
"""),
("2023-05-27", "EMS Patient Care Report", """
PCR   Hollin Bay EMS   Medic 15   05/27/23
Disp: fall w/ bleeding

52M tripped over the dog this morning; his L calf hit the sharp edge of
the coffee table; his known calciphylaxis wound there is now bleeding
through the dressing.
Exam: L posterior calf, eschar partly lifted at its lower edge, steady
ooze, fresh bruising around the wound. No deformity. A&Ox4.
Hx: ESRD (PD), calciphylaxis L calf since April.
VS 128/80  96  18  98% RA.
Tx: direct pressure, hemostatic gauze + pressure dressing; cold pack
laid on the dressing for pain and swelling. Transport to Hollin Bay Hospital ED.
"""),
("2023-06-06", "Interfacility Transfer Record", """
INTERFACILITY TRANSFER RECORD (BLS)   Hollin Bay EMS   6/6/2023
From: Hollin Bay Hosp. 3W   To: Carrow University Wound & Burn Unit
Reason: operative debridement of L calf calciphylaxis ulcer.

Pt 52M, PD pt, last exchange 0500; PD supplies sent with him.
Wound L posterior calf dressed by RN before departure, ACE wrap over top.
Pt supine on stretcher, L leg elevated on a pillow, heel floated.
VS q15 min: stable. Pain 5/10, no meds needed en route.
Hx per sending RN: wound since Easter 2023; fall 5/27 with bleeding; on
no blood thinners now.
Report to receiving charge RN at 1105.
"""),
("2023-06-28", "Community Paramedicine Visit", """
COMMUNITY PARAMEDIC VISIT   Hollin Bay MIH   28/06/2023

s/p excisional debridement L calf 6/7 at Carrow; NPWT device on, 125 mmHg
continuous, changes by home health Mon/Thu.
Wife has been resting frozen vegetables (peas) over the NPWT drape most
evenings for pain; advised against putting cold on this wound.
Periwound: tape irritation along the L calf from the drape edge.
Pt on PD, adequate UF. Not diabetic. Wt 95 kg.
Pain 4/10, oxycodone rarely.
Plan: continue NPWT, Carrow wound clinic f/u 7/5.
"""),
]}

G11 = {"patient_id": "G11", "age": 66, "sex": "F", "notes": [
("2018-02-06", "Community Paramedicine Home Visit", """
CP HOME VISIT - Lorne Valley EMS MIH   Feb 6, 2018

66F. ESRD - Lorne Valley HD MWF. DM2 (insulin). Morbid obesity, BMI 52.3.
HTN.
Never on Coumadin.
Insulin: the daughter injects her detemir into both posterior
upper arms, never the belly ("too much fat, I can't see the spot").
C/o extremely painful hard purplish areas on the lower belly, both
sides, for ~3 weeks. Denies heating pads, ice, bumps or tight waistbands.
Exam: lower abdomen/pannus bilat, several 2-6 cm indurated violaceous
plaques w/ livedoid borders, one w/ a small dark scab on the R. Backs of
arms: normal skin.
Plan: called nephrology; ride arranged for eval tomorrow.
"""),
("2018-02-13", "Interfacility Transfer Record", """
INTERFACILITY TRANSFER   Lorne Valley EMS   ALS unit 9   02/13/2018
Sending: Lorne Valley Hospital   Receiving: Kestrel University Hospital

Dx: painful abdominal wall plaques, r/o calciphylaxis; derm eval and
biopsy at receiving.
66F, bariatric stretcher, 4 crew for the move. A&Ox4.
Lines: R hand 22g saline lock, secured, flushes.
VS q15 min stable. Pain 8/10, hydromorphone 0.5 mg IV x1 per sending MD
orders, to 6/10.
Skin: large plaques across the lower abdomen, black center on the R.
Report given to KUH 7 North RN at bedside.
"""),
("2018-02-27", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP   Kestrel University Hospital   27 Feb 2018

Dx: calciphylaxis, lower pannus both sides - confirmed on deep biopsy
(2/15).
No local trauma found: detemir is always given high on the back of
the arms (skin there normal); no heat, ice or garment pressure to the
abdomen, per pt and daughter.
BMI 51.7.
Counselled: keep every future injection out of the abdomen; no heating
or icing of the pannus.
Plan: thiosulfate at dialysis, dressings, pannus support binder deferred until the
wounds stabilize.
"""),
]}

G12 = {"patient_id": "G12", "age": 74, "sex": "M", "notes": [
("2019-03-10", "EMS Patient Care Report", """
PCR - Saltmarsh County EMS   Medic 3 + Engine 11   03/10/2019
Disp: cardiac arrest at dialysis unit

74 M collapsed in his chair ~40 min into HD; unit staff began CPR, AED
x1 shock.
On arrival: VF, CPR continued w/ mechanical device, defib 200 J x2, IO R
proximal tibia (25 mm) after failed IV, epi 1 mg x2, amiodarone 300 mg.
Pulses back at 14 min; 12-lead after ROSC: inferior STE. i-gel placed, ETCO2 38.
Hx per staff: ESRD/HD, CAD, not diabetic (prediabetes), no
anticoagulant.
Transport emergent to Saltmarsh Regional, cath lab activated from the
field.
"""),
("2019-04-18", "Critical Care Transport Record", """
CRITICAL CARE TRANSPORT - Saltmarsh CCT Ground 2   18 April 2019
From Saltmarsh Regional ICU to Brightwater University MICU

74M, s/p VF arrest 3/10 + PCI, now with painful necrotic skin plaques of
the R lateral thigh, noticed since ~1 Apr; skin bx 2019-04-12: calciphylaxis.
Transfer for multidisciplinary calciphylaxis care (STS, HBO eval).
Lines: R IJ CVC, R radial art line. Old IO site at the R proximal tibia is
healed, skin there normal; no lesions below the knee.
Not intubated, on 2L NC.
BMI 27.2.
En route: VS stable, fentanyl 25 mcg x1. Handoff at 1620.
"""),
("2019-05-02", "Wound Care Note", """
Wound Care Note - Brightwater Univ.   05/02/19

R lateral thigh calciphylaxis wound 9x6cm, eschar edges beginning to
separate, no purulence.
Reviewed possible triggers: the only skin trauma before onset was the IO
needle in the R proximal tibia and CPR and defib pads on the chest in
March; neither is at the thigh. No injections into the thigh.
ESRD/HD. Prediabetes, no meds. No warfarin. BMI 27.2.
Plan: STS continues, HBO 20 dives begun, calcium alginate + foam, offload
the R side in bed.
"""),
]}

G13 = {"patient_id": "G13", "age": 69, "sex": "F", "notes": [
("2024-02-07", "Community Paramedicine Home Visit", """
COMMUNITY PARAMEDICINE HOME VISIT   Wrenfield EMS   02/07/2024

Pt: 69F. Kidney failure (ESRD) managed w/ manual CAPD, 4 bag-exchanges
daily.
AF - warfarin. Not diabetic.
Husband Earl (also enrolled in our program) has insulin-dependent DM and
injects his insulin into his own thighs; he was present today.
Pt has had tender purple spots on the inside of each thigh for 10 days.
Denies any injections, falls, heat, ice or tight clothing.
Exam: bilat medial thighs, violaceous indurated plaques of 3-4 cm, lacy
edges, the L one w/ a central dusky spot. PD exit site clean.
POC INR 2.7. BMI 31.5.
Plan: nephrology notified; derm appt made, transport booked.
"""),
("2024-02-19", "Non-Emergent Transport Record", """
NON-EMERGENT TRANSPORT RECORD (BLS)   Wrenfield EMS Unit 12   Feb 19 2024
Residence -> Greyfield Medical Center Dermatology (outpt procedure)

69F, ambulatory w/ cane at baseline, moved by stretcher for comfort
because of thigh pain. Reason for trip: biopsy of bilateral thigh
lesions, ?calciphylaxis.
VS: 134/76, 72 irreg, 16, 97% RA.
Warfarin held x 3 days per derm instructions.
Belongings: cane, PD supplies bag, med list, reading glasses.
Pt tolerated the ride, repositioned once for comfort at the halfway point.
Return transport scheduled 1400, same crew requested by family.
"""),
("2024-03-04", "Dermatology Clinic Note", """
Dermatology Clinic   Greyfield MC   4 March 2024

Bx result (2/19; site L medial thigh): calciphylaxis.
Plaques on both medial thighs, onset late Jan 2024. No injections,
pressure, heat or injury at the thighs; the thigh injections mentioned in
her chart belong to her husband, not to her.
Exam: both medial thighs, plaques now 4-5 cm, L w/ a thin black crust,
R still intact; no new sites on the abdomen or calves.
Comorbidities: ESRD/PD, AF on warfarin (possible contributor; switch
being discussed w/ cardiology), obesity BMI 31.5, no diabetes.
Plan: STS IV, wound care, stop calcium carbonate, recheck in 3 weeks.
"""),
]}

G14 = {"patient_id": "G14", "age": 57, "sex": "M", "notes": [
("2025-08-05", "Community Paramedicine Visit", """
MIH VISIT - Dunmore Fire & EMS Community Paramedic   8/5/25

57M, ESRD (Dunmore HD TTS), DM2 - linagliptin, no insulin; PAD, HTN.
Remote hx: I&D of a R thigh abscess in 2012.
Bilat posterior calf wounds since June; home health fitted knee-high
compression stockings in July, after the wounds had opened, worn daily.
Exam: ulcers R calf 3x3cm and L calf 4x2cm w/ black eschar, purple
mottled rims, very tender. Stocking edges not over the wounds.
Wt 91 kg. BMI 29.7 (overweight).
Plan: wound center appt + transport; hold the stockings until seen.
"""),
("2025-08-19", "Non-Emergent Transport Record", """
TRANSPORT RECORD - Dunmore Fire & EMS, Amb 2 (BLS)   08/19/2025
Home -> Calder Wound Center, outpatient

57M, non-ambulatory today due to leg pain, stretcher transfer w/ draw
sheet, 2 crew.
Both lower legs wrapped in gauze by home health this AM, not disturbed.
Pt reports the calf ulcers have been present since early summer.
VS: 142/80, 82, 16, 98% RA. BGL 131.
Pt rode supine, legs on a pillow, pain 6/10, declined anything for it.
Wife followed in her own car with his med list and the HD schedule.
Return trip requested for 1300.
"""),
("2025-08-29", "Wound Center Physician Note", """
Calder Wound Center - physician note   29 Aug 2025

Dx: calciphylaxis of both calves, punch bx 8/19 confirmed.
Onset June 2025; the compression stockings came afterwards (July), so
they did not precede the ulcers. The old R thigh I&D scar (2012) is
remote and far from any lesion.
Wounds: R calf 3.2 x 3 cm, L calf 4.1 x 2.2 cm, both eschar-covered.
HD TTS. DM2, no insulin. No warfarin. BMI 29.7, overweight, not obese.
Plan: STS with HD, stockings stopped for good, wound care, vascular
surgery referral for PAD.
"""),
]}

PATIENTS = [G08, G09, G10, G11, G12, G13, G14]
