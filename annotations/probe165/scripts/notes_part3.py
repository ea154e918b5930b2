"""probe165 corpus notes, F15-F20 (cosmetic/aesthetic dermatology, med spa and the clinics around them; all invented)."""

F15 = {"patient_id": "F15", "age": 66, "sex": "F", "notes": [
("2019-05-07", "Aesthetic Injectables Log - Deoxycholic Acid", """
HOLLIS & VANE DERMATOLOGY -- SUBMENTAL FAT REDUCTION LOG
Injector: Priya Lindqvist-Amadi, MD     Tx 2 of 3

66F, submental fullness. Med hx reviewed: ESRD, hemodialysis Mondays/Wednesdays/Fridays;
T2DM using glargine + aspart; obesity; no anticoagulants. BMI 33.1.
Tx 1 (3/26) well tolerated: swelling/numbness x 10 d, resolved.

Pre-marked 1 cm grid, submental area, avoiding marginal mandibular zone.
Topical anesthetic 20 min, then ice 2 min.
Deoxycholic acid 10 mg/mL, 0.2 mL/site x 26 sites = 5.2 mL, 30g, mid-subcut fat.
Immediate: expected edema + erythema, no blanching, no skin dimpling.
Cold pack 10 min after, then home with chin strap optional (declined).
Post-care: sleep elevated, acetaminophen, call for skin darkening, ulceration or
asymmetric smile.
"""),
("2019-06-04", "Aesthetic Complication Visit", """
COMPLICATION VISIT -- Hollis & Vane

66F, 4 wks after deoxycholic acid tx #2 (5/7/19) to the submental area.
Since ~5/20: two firm, painful purple nodules under the chin, one now with a 6 mm open
sore and dark crust. No fever. Smile symmetric.
Exam: submental -- two indurated violaceous nodules (2x1.5cm, 1.5x1cm), the L one with
6 mm ulcer + eschar; faint livedo around both. Neck otherwise normal.
BMI 33.0.

Imp: injection-site skin necrosis (superficial deposition) vs early calciphylaxis --
she is on HD with poor phos control, cannot exclude the latter.
Plan: no tx #3. Petrolatum + gauze. Urgent derm appt, letter to nephrologist.
"""),
("2019-06-25", "Dermatology Consult", """
DERMATOLOGY CONSULT

66F on HD w/ submental nodules after deoxycholic acid injections (3/26 and 5/7/19).
Exam: nodules softer, ulcer 4 mm, re-epithelializing at edges, less tender.
Labs via HD: Ca 9.7, Phos 7.2, PTH 640.

Assessment: necrosis at deoxycholic acid injection sites vs early calciphylaxis.
Biopsy offered to settle it; pt declines (does not want a scar under her chin), and
the lesion is improving.
Plan:
- continue wound care; recheck 4 wks
- renal to tighten phos control regardless
- if new painful plaques anywhere else, low threshold for bx
- no further injectables in the interim
BMI 32.8.
"""),
]}

F16 = {"patient_id": "F16", "age": 58, "sex": "M", "notes": [
("2020-10-06", "Aesthetic Injectables Log - Hand Rejuvenation", """
REDMARSH AESTHETICS -- HAND REJUVENATION LOG
Injector: C. Aldana-Moss, NP     10/6/2020

Client 58M, dorsal hand volume loss, "my hands look 80".
Hx form: peritoneal dialysis at home, obesity, denies diabetes,
not on anticoagulants. BMI 29.4.
Consent incl. vascular occlusion, nodules, swelling.
Product: HA filler 20 mg/mL w/ lido, 1 mL per hand
Technique: 25g cannula, single entry at each dorsal wrist, bolus-and-spread between
extensor tendons. Aspiration n/a (cannula).
Both hands treated. Post-injection capillary refill brisk in every finger.
Post: elevation, massage to smooth, no gym x 24 h.
"""),
("2020-10-20", "Aesthetic Complication Visit", """
COMPLICATION VISIT -- Redmarsh Aesthetics

58M, HA filler dorsal hands 10/6. Since 10/14 painful dusky tips of R index and middle
fingers; now dark patches on the pads. L hand fine.
Exam: R 2nd and 3rd fingertips -- violaceous mottling, 4-5 mm dark dry patches on pads,
cap refill 3-4 s; R dorsal hand filler palpable, no blanching. L hand normal.
Imp: delayed vascular compromise from filler vs other cause of digital ischemia in a
PD patient -- our medical director also raised the possibility of calciphylaxis.
Hyaluronidase 600 U into R dorsal hand along filler tracks.
Urgent derm + hand clinic referral; nephrologist called.
"""),
("2020-11-03", "Dermatology Consult", """
DERMATOLOGY CONSULT

58M on PD w/ R 2nd/3rd fingertip necrosis starting 10/14, 8 days after dorsal hand HA filler.
X-ray R hand: heavy calcification of digital arteries.
Labs: PTH 770; serum phosphorus 6.6, calcium 9.5. Doppler: dampened flow R digital arteries, radial/ulnar ok.

Exam: dry black eschar R index pad 6 mm, R middle pad 4 mm; pain 7/10.
DDx: filler embolization, acral calciphylaxis, calcific digital arteriopathy. Cannot
distinguish clinically; bx of a fingertip not advised (poor healing).
Plan: nitroglycerin paste to R hand, keep warm, PD team to consider STS; cinacalcet.
Moving to Ohio (daughter) on Saturday -- copies of chart and a handover letter
given; f/u there.
BMI 29.1.
"""),
]}

F17 = {"patient_id": "F17", "age": 72, "sex": "F", "notes": [
("2025-06-17", "Laser Tattoo Removal Record", """
INKLESS LASER CLINIC -- TATTOO REMOVAL RECORD
Tech: Marguerite Osei, LE     6/17/25    Session 3

Client 72F, 6 x 4 cm black/green floral tattoo R lateral ankle.
Health update: CKD "stage 4" per client, no dialysis yet; has type 2 DM, on glipizide;
a-fib on warfarin. BMI 26.2.
Skin: prior sessions healed, ~40% fading, no open areas.
Device: Q-switched Nd:YAG 1064 nm, 4 mm spot, 3.2 J/cm2, 1 pass; 694 nm ruby for green.
Immediate whitening (frosting), pinpoint bleeding, edema.
Blistering expected 24-72 h. Post-care: petrolatum, nonstick pad, elevate, no soaking.
Next session 8 wks.
"""),
("2025-08-05", "Wound Clinic Note", """
WOUND CLINIC -- NEW REFERRAL

72F, CKD stage 4 (eGFR 19), T2DM (glipizide), AF on warfarin. BMI 26.2.
Wound R lateral ankle, within her tattoo, since early July; after the 6/17 laser the
blisters healed, then a new painful dark spot appeared and opened.
Exam: ulcer 2.8x2.2cm w/ black adherent eschar, violaceous retiform halo, very
tender. DP faint, PT dopplerable. ABI R 0.78. Mild ankle edema.
Assessment: non-healing ulcer at a laser treatment site. DDx: delayed laser wound,
arterial ulcer, possible calciphylaxis (CKD 4 + warfarin). Biopsy would help.
Plan: offered punch bx -> pt wants to think. Hydrogel, foam, light wrap. Vascular
referral. Hold further laser.
"""),
("2025-09-02", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT -- outpatient

72F with metastatic pancreatic cancer (dx 8/2025), CKD 4, AF.
Goals: comfort, time at home with grandchildren. Declines chemo and declines any
biopsies, including the ankle wound.
R lateral ankle wound: unchanged per wound RN, painful; ?calciphylaxis vs arterial --
will not be worked up further per pt wishes.
Meds: warfarin continued for now (pt preference), oxycodone 2.5 mg q4h prn, senna.
Dispo: home hospice referral. Wound care for comfort only.
Sx today: fatigue, poor appetite, ankle pain 6/10 with dressing changes -- premedicate
with oxycodone 30 min before. Daughter present and in agreement. Code status: DNR/DNI,
MOLST completed.
"""),
]}

F18 = {"patient_id": "F18", "age": 53, "sex": "F", "notes": [
("2017-02-14", "Med Spa Treatment Log - RF Microneedling", """
MIRABEL MEDICAL SPA -- RF MICRONEEDLING LOG
Provider: L. Szabo-Greene, PA     2/14/17

Client 53F, crepey skin anterior thighs, session 1 of 3.
Intake: on dialysis (T/Th/Sat), DVT 2016 on warfarin, no DM. BMI 36.2.
Topical numbing 45 min. Cleansed w/ chlorhexidine.
Device: RF microneedling, 2.0 mm depth, 40 W, 3 passes, anterior thighs bilat.
Pinpoint bleeding expected given anticoagulation; hemostasis with pressure.
Response: erythema, mild edema, no purpura.
Post: gentle cleanser, no exercise 24 h, no makeup/lotions to area 48 h.
Photos taken (front, 2 obliques). Consent signed incl. bleeding/bruising risk on warfarin.
Next session 4-6 wks.
"""),
("2017-03-07", "Hemodialysis Rounding Note", """
HD ROUNDS

53F, ESRD, Tue/Thu/Sat chair; anticoagulated with warfarin since a 2016 DVT; obese.
S: painful purple bumps on both thighs and shins since ~3/1. Had amoxicillin from the
dentist started 2/24 for an abscess. Had "needling" on the thighs at a spa last month.
O: BP 138/80, T 37.4. Thighs and shins, both legs: dozens of palpable purpuric papules
(2-8mm), coalescing in places into plaques; a few with a dusky central crust.
Labs: INR 2.7; PTH 310; phos 5.1; Ca 9.2.
A/P: painful purpura, HD + warfarin -- calciphylaxis vs vasculitis,
needs tissue. Urgent derm for bx; hold amoxicillin; UA/complements.
"""),
("2017-03-16", "Dermatology Consult", """
DERMATOLOGY CONSULT

53F on HD, warfarin, BMI 35.9.
Punch bx x2 R thigh 3/8 (H&E + DIF): superficial dermal venules with leukocytoclasis and
fibrinoid change; DIF: C3 + IgM deposited in the vessel walls. Calcium stain negative;
no vascular calcification; subcutaneous fat unremarkable.

Exam: fading palpable purpura both thighs/shins, no new lesions after stopping
amoxicillin. RF microneedling sites healed.

Impression: cutaneous small-vessel (leukocytoclastic) vasculitis, likely drug-induced
(amoxicillin). Calciphylaxis ruled out by biopsy.
Plan: amoxicillin listed as allergy; triamcinolone 0.1% cream; compression not needed;
RTC prn.
"""),
]}

F19 = {"patient_id": "F19", "age": 45, "sex": "F", "notes": [
("2026-02-03", "Aesthetic Consultation - Neurotoxin", """
CALLOWAY SKIN -- NEUROTOXIN NEW CLIENT
Injector: Noor Hatfield-Ibe, RN

45F, first neurotoxin. Forehead lines + glabella.
Health: chronic kidney disease stage 3a (reflux nephropathy), followed by nephrology,
not on dialysis. Not diabetic. Anticoagulants: none. BMI 23.0.
Family: lost her older brother (he was on haemodialysis) to calciphylaxis in 2015; she asks if
fillers could "cause that". Explained we are doing neurotoxin only today; would want her
nephrologist's input before any filler.
Skin exam of face/neck: no lesions.
Tx: onabotulinumtoxinA 24 U (frontalis 10, glabella 14), 2.5 mL/100 U dilution.
No AE. Reviewed: stay upright 4 h, no rubbing. F/u 2 wks.
"""),
("2026-03-10", "Primary Care Visit", """
PRIMARY CARE -- ANNUAL VISIT

45F, CKD 3a (reflux nephropathy), eGFR 52 stable, UACR 80. HTN on lisinopril.
Concern: brother died of calciphylaxis; she worries about her skin. No skin pain or
discoloration.
Exam: BP 124/78, BMI 23.0. Skin: head-to-toe check, not a single purpuric patch, nodule
or ulcer.
A/P:
1. CKD 3a -- stable; nephrology visit in May.
2. Reassured: her skin is normal; calciphylaxis is uncommon in people who are not on
   dialysis; report any painful purple patches.
3. Botox at aesthetic clinic fine.
"""),
]}

F20 = {"patient_id": "F20", "age": 60, "sex": "M", "notes": [
("2016-05-10", "Med Spa Consultation - Cryolipolysis", """
OAKSHADE BODY AESTHETICS -- CONSULT
Consultant: Tamsin Reyes-Holloway, RN; reviewed with medical director

60M interested in cryolipolysis to the abdomen/flanks and laser hair removal of the back.
Health form: kidney failure on hemodialysis Tue/Thu/Sat; type 2 diabetic, takes glipizide,
never used insulin; no blood thinners. Wt 104 kg, ht 183 cm, BMI 31.0.
Skin: abdomen, flanks and back intact.
Discussion: per our medical director, we do not offer cryolipolysis to dialysis
patients (risk of calciphylaxis and poor healing) and would need his nephrologist's
clearance even for laser. Client understood.
No treatment today. Letter for nephrology given.
"""),
("2016-06-14", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC

60M, ESRD from diabetic nephropathy; HD Tue-Thu-Sat (access: L arm fistula). T2DM, glipizide 2.5
daily. Obesity, BMI 31.0. Brings a letter from a med spa about body contouring.
Counselled: as a dialysis patient he carries a real risk of calciphylaxis; we advise
against cryolipolysis, heat devices and injections into fatty areas; laser hair
removal to the back only after discussion. Skin exam today: clear -- no purpura,
nodularity or ulceration anywhere, so no sign of calciphylaxis.
Labs: Ca 9.3, P 5.4, PTH 390, Hgb 11.1, Kt/V 1.5.
Plan: continue current rx, phos diet review, RTC 3 months.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
