"""probe151 corpus notes, A01-A07 (VA medical centre, CBOC and community-care charts; all
invented)."""

A01 = {"patient_id": "A01", "age": 71, "sex": "M", "notes": [
("2017-04-11", "Home Dialysis Clinic Note", """
LOCAL TITLE: HOME DIALYSIS CLINIC NOTE
STANDARD TITLE: NEPHROLOGY OUTPATIENT NOTE
DATE OF NOTE: APR 11, 2017@09:15     ENTRY DATE: APR 11, 2017@11:02
     AUTHOR: QUILLEN,MARGOT R        EXP COSIGNER:
    URGENCY:                         STATUS: COMPLETED

Granite Hollow VAMC - Home Dialysis Unit, Bldg 4

71 y/o Army veteran (Vietnam 1969-70, AO exposed, SC 60%), ESRD from DM
kidney disease; nightly home cycler since 11/2015. Here for monthly PD visit with his wife.

Cycler logs reviewed: 4 exchanges/night, 2.5% dextrose x2, UF averaging about 900 mL a
night. Effluent clear, no fibrin.
Exit site L lower quadrant: clean, no crust, nontender.
Anemia: Hgb 8.9 (prior 9.6), TSAT 31%, ferritin 540. Will start darbepoetin 40 mcg SC weekly.
Vet does not want to stick himself near the catheter, so PD RN taught self-injection into
the R lateral thigh. First dose given by RN in clinic today 04/11/2017, R lateral thigh;
pt did return demo w/ prefilled syringe. Tolerated.

DM2: glargine 20 u qhs, A1c 7.4%. Never on warfarin.
Weight 104.6 kg; body mass index 33.1, obese. BP 142/80.
Chem: Ca++ 9.8, PO4 6.4 (H), intact PTH 612 (H).
Binder: PhosLo (calcium acetate) 2 caps with each meal.
Other meds: amlodipine 10 mg, calcitriol 0.25 mcg every day, atorvastatin 40.
RD to reinforce low-phos diet. RTC 4 wks.

/es/ MARGOT R. QUILLEN, MD
"""),
("2017-06-09", "Dermatology Consult", """
DERMATOLOGY CONSULT - Granite Hollow VAMC
Reason for request: "painful blk spot R thigh in PD pt, ?calciphylaxis" - Quillen

HPI: 71M, ESRD on cycler PD, insulin-requiring DM2. First saw a sore reddened area on his
outer R
thigh on 06/02/2017 while pulling on his jeans; within a week it had gone purple and then
blackened centrally. Pain 9/10, wakes him at night. Since April he has given his weekly
darbepoetin shot into
that exact patch of skin on his R lateral thigh, as the PD nurse taught him. No fevers, no other
new meds.

EXAM: R lateral mid thigh - 6x4cm woody plaque, stellate retiform purpura, central
2x1.5cm stuck-on black eschar, livedo around it; he flinches at light touch.
L thigh, abdomen and buttocks clear. DP pulses palpable bilat.

A/P: PD patient with retiform purpura and eschar, located exactly where he injects
his ESA. Highly concerning for calciphylaxis. Ddx vasculitis, cholesterol emboli (less
likely), warfarin necrosis (not on warfarin).
- today: 4 mm punch biopsies, two, from the plaque margin, taken deep into fat; path w/ von
Kossa stain
- stop using the R thigh for injections
- d/w Dr Quillen, nephrology following
"""),
("2017-06-20", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE (outpt)  Granite Hollow VAMC

S: F/u skin lesion. Path from 6/9/17 derm bx: subcutaneous arterioles with mural calcium,
intimal hyperplasia, luminal thrombi and necrotic fat; VK stain positive. Final dx:
CALCIPHYLAXIS.
Pain down to ~7/10 with oxycodone 5 mg up to every 6 h. Wife doing dressings BID.

O: BP 138/76 HR 78, wt 103.9 kg, BMI 32.8. R lateral thigh eschar same size, no
drainage, no odor. Exit site fine.

A/P
1. Calciphylaxis, bx proven, R lateral thigh. Arose at the very site he had been injecting
   darbepoetin into weekly since 4/11/17 - Koebner-type localization.
   - sodium thiosulfate 25 g, infused Mon/Wed/Fri at the VAMC infusion suite through a PIV
   - calcium acetate stopped, start sevelamer 1600 mg TID; calcitriol stopped; cinacalcet 30 mg
   - darbepoetin on hold, Hgb 9.3
   - wound RN + palliative for pain
2. ESRD on CCPD - adequacy OK, Kt/V 1.9
3. DM2 - cont glargine 20 u, sugars 110s-180s

/es/ M. Quillen
"""),
]}

A02 = {"patient_id": "A02", "age": 66, "sex": "M", "notes": [
("2021-04-22", "PACT Primary Care Note", """
PRIMARY CARE (PACT TEAM 3) - ORRIN CREEK CBOC
CC: "sores on my backside"

66 yo M, USMC veteran (Desert Storm). ESRD; his HD chair (Tues/Thurs/Sat) is at Pinecrest
Kidney Center,
paid through VA Community Care (nearest VA dialysis is 2 hrs away). Drives himself, about
70 min each way in his pickup.

HPI: Since the beginning of March both cheeks of his buttocks feel "raw and on fire", now
with dark spots. Admits he has run his pickup's heated seat on HIGH for every drive since last
fall - he started it for chronic LBP. Sits on it ~7 hrs/wk plus the dialysis chair. No
fevers. No falls.

VS: T 97.9  BP 151/84  HR 66 irreg  SpO2 97% RA  Wt 88.0 kg  BMI 27.4
Exam: both buttocks w/ near-symmetric net-like violaceous patches; on the L a 2 cm firm
black centre, on the R a 1.5 cm dusky plaque; exquisitely tender. Sacrum intact.

PMH: AFib, takes warfarin (fingerstick INR 2.6 in clinic), HTN, gout, PTSD. Not diabetic,
A1c 5.4.
Meds: warfarin 5 mg, metoprolol, allopurinol 100, sevelamer, prazosin.

A/P: painful retiform lesions of both buttocks. HD + warfarin, so
?calciphylaxis, ddx warfarin necrosis. URGENT Community Care derm consult entered. Asked him
to turn off the
seat heater. Left message for his outside nephrologist.
PHQ-2 = 0. C-SSRS screen neg.
"""),
("2021-05-06", "Community Care Outside Records", """
NON-VA CARE DOCUMENT - scanned into VistA Imaging 05/06/2021 by Community Care staff
Source: Ridgeline Dermatology Assoc. (Community Care Network)
Summary entered by VA CC RN Tate:

Outside visit 04/29/2021:
 - Exam: bilateral buttock retiform purpura w/ eschar L > R, lesions tender.
 - 5 mm punch biopsies x2 (L and R buttock) done 4/29.
 - Path (Ridgeline Path Lab, 05/03/21): small subcutaneous vessels showing medial
   calcium deposits and thrombi, plus septal panniculitis; consistent with calciphylaxis.
 - Outside dermatologist's impression, verbatim: "Calciphylaxis of both buttocks. The
   lesions are confined to the skin that sits on his heated truck seat - likely localized
   by months of repeated heat exposure."
 - Recs: stop heat exposure, wound care, nephrology to begin STS on dialysis days,
   consider stopping warfarin.

Records reviewed and signed by PCP. Community Care consult #4471 closed (complete).
"""),
("2021-05-20", "Nephrology VVC Note", """
NEPHROLOGY - VA VIDEO CONNECT (VVC) VISIT
Veteran joined from his kitchen table with his son; verbal consent for video care.

Calciphylaxis of bilat buttocks, biopsy-proven 4/29/21 (outside derm). Pinecrest
started STS 25 g IV on 5/11, run in toward the end of each session; tolerating, mild nausea.
Warfarin stopped by cardiology 5/14, replaced with apixaban (2.5 mg, bid).
Son disconnected the seat heater; pt now sits on a foam cushion when driving.
Pain 5/10, taking acetaminophen + tramadol 50 mg prn (post-HD dosing).

Home vitals: BP 138/79, wt 86.7 kg on his scale, BMI 27.0.
Outside labs 5/17: CA 8.9 mg/dL; PHOS 5.1 H; PTH,INTACT 388 H; ALB 3.6.

Plan: cont STS; add cinacalcet 30 mg daily; no calcium-based binders, no vit D for now;
outside wound care 2x/wk. Reviewed fall precautions w/ apixaban.
"""),
]}

A03 = {"patient_id": "A03", "age": 62, "sex": "M", "notes": [
("2020-03-02", "Amputation Clinic Prosthetic Delivery", """
AMPUTATION SYSTEM OF CARE (ACT) CLINIC - PROSTHETIC DELIVERY
Granite Hollow VAMC, PM&R / Orthotic-Prosthetic Lab

62 yo M Navy veteran, L transtibial amputation 08/2018 for nonhealing diabetic foot ulcer
w/ osteomyelitis, K2-K3. ESRD; M/W/F hemodialysis using a R upper arm AVG. Insulin-treated DM2.

Delivered today: new total-surface-bearing socket, silicone locking liner w/ pin, replacing
the old socket which became loose after volume loss.
Fit: 3-ply sock. Vet says the back edge of the socket "bites" him behind the L calf
of the residual limb whenever he sits. CPO lowered and flared the posterior trim line ~5 mm;
still snug at the posterior brim when seated at 90 deg.
Skin before donning: intact. After 15 min in parallel bars: blanchable redness at the
posterior proximal residual limb under the brim, gone within 10 min.

Teaching: wear 2 hrs on / 1 off first week, inspect skin w/ long-handled mirror BID.
Ht 180 cm, wt 85 kg (amputation-adjusted BMI 28.1).
RTC 3 wks for socket check or sooner prn.
"""),
("2020-04-14", "Hemodialysis Unit Rounding Note", """
HD ROUNDS - VAMC Dialysis Unit, chair 9, Dr Ocampo

S: Veteran shows us a sore behind his stump, first noticed ~3 wks ago; purple
at the start, black now. Rates pain 8/10, liner unbearable so he has been in the
w/c for 10 days. Intermittent cramping on HD.

O: Pre BP 168/92, post 141/80, UF 3.1 L, EDW 84.5 kg.
L residual limb: stellate violaceous plaque 3.5x3cm, black eschar centrally, at the
posterior proximal calf, livedo around it, no drainage or odor. R foot intact.
CALCIUM 10.1 H, PHOS 7.2 H, PTH-INTACT 845 H, ALB 3.2 L. Binder calcium carbonate 1250 TID +
calcitriol.

A/P: L posterior calf (residual limb) necrotic plaque, very painful; HD, elevated
calcium-phosphate product. Must r/o calciphylaxis; pressure injury possible too.
- derm urgent consult, bx
- hold calcitriol, swap calcium carbonate for sevelamer 800 w/ meals
- wound RN for dressing, offload; no prosthesis until seen
"""),
("2020-04-30", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC NOTE
Pt seen in w/c, accompanied by his daughter.

Path from 4/21/2020 incisional bx (posterior L calf, below-knee residual limb): subcutaneous
arterioles encrusted with calcium, fibrin thrombi, lobules of fat undergoing
necrosis. VK stain +. c/w CALCIPHYLAXIS.

Exam: posterior proximal L calf of BKA limb, 4 x 3.5 cm eschar, rim of retiform purpura,
slightly bigger. No new lesions on the R leg, abdomen or thighs.

Impression: calciphylaxis, biopsy confirmed, L residual limb.
Plan:
- STS to be given with every dialysis run - ordered w/ nephrology
- prosthesis use on hold per ACT clinic until healed
- hydrocolloid-free dressings, gentle saline cleanse; hold off on sharp debridement
- palliative care consult for pain (hydromorphone low dose)
DM2 - on insulin glargine 14 u + lispro SSI; A1c 7.9. No anticoagulant.
"""),
]}

A04 = {"patient_id": "A04", "age": 58, "sex": "F", "notes": [
("2018-09-04", "Women's Health Primary Care Note", """
WOMEN VETERANS HEALTH PROGRAM - PACT PRIMARY CARE
Granite Hollow VAMC, Women's Clinic, Rm 212

58 yo F Air Force veteran, ESRD (FSGS), in-center HD at the VAMC unit Mon/Wed/Fri since 2016.
S: Had an open repair of a large incisional/ventral hernia with mesh here in June 2018
(Gen Surg). Slow to heal but closed. Since early August she has had a painful spot at the
bottom of her midline scar; first dusky, now has a hard black crust - "worse than the
surgery was". Denies fever, drainage.
PMH: ESRD/HD, HTN, OSA on CPAP, obesity, depression. Not diabetic, A1c 5.2. Has never
been anticoagulated.
Meds: sevelamer 800 TID, calcitriol (given w/ HD), epoetin w/ HD, lisinopril, sertraline.

VS: BP 138/86 P 80 T 98.2  Ht 164 cm  Wt 97.4 kg  BMI 36.2
Abd: soft, obese; healed vertical midline scar umbilicus->suprapubic. At the inferior end
of the scar a firm 3x2.5cm violaceous plaque, eschar centrally, livedo at the margins,
very TTP. No fluctuance, no pus.

A/P: HD pt with a necrotic plaque on the hernia repair incision. ?deep SSI / mesh infection
vs calciphylaxis. Gen Surg appt moved up to next wk; CBC, ESR, CRP today.
Mammogram due - ordered. Cervical ca screening UTD.
"""),
("2018-09-12", "General Surgery Clinic Note", """
GEN SURGERY CLINIC - post-op / problem visit
Pt is status post open ventral herniorrhaphy w/ retrorectus mesh, June 2018.

Painful dark lesion at the inferior pole of the laparotomy scar since early August.
Exam: no erythema tracking, no fluctuance, mesh not palpable. black eschar 3x3cm
with a violaceous retiform border, rest of scar well healed.
Noncontrast CT abd/pelvis 9/7: no fluid collection around mesh, no abscess; extensive
vascular calcification of the abdominal wall and iliac vessels.
WBC 7.1, CRP 12.

Imp: not a typical surgical site infection. ESRD - worry this is calciphylaxis.
Plan: no operative debridement for now. Derm to biopsy (consult sent, pt aware).
F/u 4 wks. D/w attending Dr Hesketh.
"""),
("2018-09-27", "Dermatology Consult Note", """
DERMATOLOGY - CONSULT RESULT
Punch bx x2 on 9/18/18 from the edge of the infraumbilical lesion.
Path: small-vessel mural calcium, thrombosed lumina, necrotic fat; VK +.

Impression: CALCIPHYLAXIS, developing within her June 2018 hernia repair scar. The
surgical wound appears to have localized the disease.
Exam: lower midline abdomen 3.5 x 3 cm eschar, no new lesions elsewhere; breasts,
thighs, legs clear.
Plan:
- notify nephrology (Dr Quillen): STS with HD, stop calcitriol, intensify phosphate control
- wound RN: moist dressing, no adhesive on the surrounding skin
- RTC 3 wks
Wt 96.8 kg, BMI 35.8.
"""),
]}

A05 = {"patient_id": "A05", "age": 77, "sex": "M", "notes": [
("2024-01-18", "Emergency Department Note", """
ED PROVIDER NOTE - Tamsett Falls VAMC Emergency Dept
CC: fall, R hip pain

HPI: 77 y/o Vietnam-era Army veteran, ESRD on HD TTS, went down on an icy patch of his
driveway 2 days ago while fetching the mail, landing on his R side. Head not struck, no LOC.
Has used a cane since, R hip pain 6/10 when weight bearing. On no blood thinners.

Exam: VS T 97.6 BP 162/88 HR 74 RR 16 SpO2 96%.
R lateral hip (trochanteric area): 10x8cm purple-yellow ecchymosis, TTP,
no open skin. Full painless ROM of the hip, leg lengths equal. Neuro intact.
Plain films R hip/pelvis: degenerative change only, no fx.

Dx: contusion of R hip, mechanical fall on ice.
Plan: acetaminophen 650 q6h prn (max 3 g), may use a cold pack 15 min at a time at home,
f/u PCP 1-2 wks, fall-risk referral to PT at CBOC. Pt d/c home w/ son.
"""),
("2024-01-30", "PACT Primary Care Follow-up", """
PACT PRIMARY CARE - KESTREL BAY CBOC
F/u ED visit 1/18 for fall.

S: R hip "a lot better", still sore lying on it. Bruise fading. No further falls, using
cane outdoors, son salted the drive. Denies dizziness.
O: BP 150/82 P 70 179 cm / 96.2 kg -> BMI = 30.0
R lateral hip: faint yellow-green ecchymosis, skin unbroken, soft, no open areas.
Gait slow, wide-based, TUG 15 sec.
PMH: ESRD on HD (TTS, Tamsett Falls VAMC), DM2 on linagliptin 5 mg (no insulin), HTN,
BPH, hearing loss (SC).
A/P:
1. R hip contusion - resolving.
2. Fall risk - PT consult for balance, home safety eval (HBPC referral offered, declined).
3. DM2 - A1c 6.8, cont linagliptin.
4. Clinical reminders: pneumococcal done, AAA screen N/A.
"""),
("2024-02-20", "Hemodialysis Unit Rounding Note", """
HD UNIT ROUNDING - Tamsett Falls VAMC
Pt c/o new pain R lateral hip, noticed Feb 5th when dressing - a purple patch, now hard
and black in the middle; unable to lie on the R at night. Pain 8/10, burning.

O: pre-HD BP 171/90, post 146/84, UF 2.8 L.
R lateral hip: 4x5cm violaceous indurated plaque, retiform margin, black eschar
(1.5 cm) centrally, markedly tender; not warm or fluctuant.
Labs 2/13: CALCIUM 9.9, PHOS 6.9 H, PTH-INTACT 702 H, ALB 3.4 L. On calcium acetate +
paricalcitol w/ HD.

A/P: new necrotic plaque R lateral hip in dialysis pt whose phosphorus has run high for
months - I am
concerned about calciphylaxis. Derm urgent (in-house) for bx. Stop paricalcitol; change
calcium acetate
to sevelamer. Wound nurse to see next HD.
"""),
("2024-03-05", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC NOTE - Tamsett Falls VAMC

Bx 2/23/24 (R lateral hip, double punch to fat): calcium-laden subcutaneous arterioles
with thrombi, necrotic fat lobules; VK stain marks the calcium.
Diagnosis: calcific uremic arteriolopathy (calciphylaxis).

Exam today: R lateral hip 5 x 5 cm eschar with violaceous rim. New 1 cm tender nodule just
anterior to it. L hip, abdomen, thighs clear.

Plan: STS started 2/27 (25 g IV at the tail end of every TTS treatment); wound care per
WOCN; pain regimen w/ palliative.
Discussed prognosis w/ pt and son. RTC 4 wks.
"""),
]}

A06 = {"patient_id": "A06", "age": 69, "sex": "M", "notes": [
("2022-11-11", "Immunization Note", """
IMMUNIZATION NOTE
Veterans Day drive-thru flu clinic, Kestrel Bay CBOC parking lot

Screening (pt in his car): feels well, no fever; no prior serious vaccine reaction; no hx
of Guillain-Barre; no egg allergy. Anticoagulant: YES - warfarin (INR 2.4 on 11/3/22).
Used 23G 1" needle, gauze held over the site 2 min, no hematoma.

Given: influenza vaccine, high-dose quad formulation, 0.7 mL IM to R deltoid.
Lot ZK77213, exp 06/2023. VIS given.
Observed 15 min in vehicle, no reaction.
COVID bivalent booster offered - declined today. Shingrix dose 2 due - pt wants to wait.

PMH per CPRS: ESRD on HD MWF at Tamsett Falls VAMC, AFib on warfarin, HTN, obesity.
Clinical reminder: influenza immunization - satisfied.
/es/ R. Baptiste, LPN
"""),
("2022-12-06", "Hemodialysis Rounding Note", """
HD ROUNDS (MWF shift 2) - Tamsett Falls VAMC
S: 69M c/o a hard painful purplish area on the R upper arm since around Thanksgiving.
He figured it was "a bruise off the flu shot" but it is getting steadily worse,
throbs at night. Denies fever.

O: BP 158/77 HR 88 irreg. Wt 102.5 kg, BMI 31.6.
R lateral upper arm: 4x3cm plaque, purple and indurated, netlike edge, small
dusky-black center; tender++. L forearm AVF +thrill +bruit.
Labs: CALCIUM 9.6 / PHOS 6.1 H / PTH-INTACT 590 H; INR 3.1 H.

A/P: ESRD on HD; new painful retiform plaque R upper arm, anticoagulated w/ warfarin.
R/o calciphylaxis. Other possibilities: warfarin skin necrosis, hematoma. Derm same wk.
Notify anticoag clinic re: INR.
"""),
("2022-12-15", "Dermatology Consult Note", """
DERM CONSULT NOTE
Consult reason: "HD pt w/ R arm plaque, ?calciphylaxis"

Bx 12/8/22 (R lateral upper arm, deep punch): subcutaneous small vessels calcified,
thrombi in lumina, necrotic fat around them; VK positive; no vasculitis.

Impression: biopsy-proven calciphylaxis. The plaque sits precisely at his R deltoid
vaccination site - it arose about two weeks after his Veterans Day influenza shot there
(Koebner-type localization).

Plan:
- nephrology ordering STS on dialysis days
- cardiology OK'd by phone: stop warfarin, begin apixaban 2.5 twice daily
- future vaccines into the L arm, or deferred while active lesions
- wound care: nonadherent dressing, gentle cleansing
Follow up 3 wks.
"""),
]}

A07 = {"patient_id": "A07", "age": 74, "sex": "M", "notes": [
("2019-05-07", "Orthotic Delivery Note", """
PROSTHETIC & SENSORY AIDS SERVICE - ORTHOTIC DELIVERY
Date of delivery: 2019-05-07
Item: custom-molded LSO, bivalved thermoplastic shell w/ anterior and posterior
panels, lateral closures w/ velcro straps.
Rx by Dr Ferreira (PM&R) for L1 compression fracture, renal osteodystrophy; no trauma.

Fitting: 74 yo M, large abdomen. Trim lines: superior at inferior angle of scapulae, inferior
at sacrococcygeal jct posteriorly. The lateral panel edges lie on both flanks a little above
the iliac crests; extra padding added there for comfort. Pt able to don/doff in supine w/
wife's help.
Skin check prior to fit: intact trunk.
Wear schedule: whenever upright, off in bed.
Instructed to call if redness does not fade within 30 min of removal.

PMH: ESRD (cycler PD), insulin-treated DM2, obesity w/ BMI 38.7, HTN.
"""),
("2019-07-30", "PD Clinic Note", """
HOME DIALYSIS (PD) CLINIC
74M on CCPD since 2017, DM2 on insulin.

S: painful dark patches at both sides of the waist; started about a month ago, thought it
was "just irritation"; now stinging 7/10, hard to sleep. Wears his back brace most of the day.
Effluent clear, abdomen not painful.

O: BP 132/70 Wt 121.3 kg BMI 38.7 (no change)
L flank: retiform purpura 5x4cm, 2 cm black eschar centrally.
R flank: 3x3cm purple firm plaque, not yet necrotic.
Abdomen soft; PD exit site clean.
Chem 7/26: CALCIUM 10.3 H, PHOS 6.8 H, PTH-INTACT 910 H, ALB 3.0 L. Takes Tums (calcium
carbonate) + calcitriol 0.5.

A/P: bilateral flank lesions, ESRD on PD - suspect calciphylaxis.
- derm for bx this week
- stop calcitriol; change Ca carbonate to lanthanum
- glargine 34 u, lispro w/ meals - unchanged
"""),
("2019-08-08", "Dermatology Note", """
DERMATOLOGY NOTE
Bx 8/1/19 x2 (L and R flank): calcified, thrombosed small vessels; panniculitis;
VK +.
Dx: calciphylaxis (bx-confirmed), R and L flanks.

Exam: L flank eschar 5 x 4.5 cm, R flank plaque now w/ 1 cm eschar. Thighs, buttocks and
chest wall clear.
Pt and wife given written info on the diagnosis; questions answered about prognosis and
pain control. He is worried about missing his grandson's wedding in Sept.
Plan: STS 25 g IV over an hour, Mon/Wed/Fri in the VAMC infusion chair since he is a PD
patient; local wound care with
silicone foam, keep adhesive off the lesions; palliative care referral for pain.
PD RN to review PD prescription for a lower Ca dialysate.
RTC 2 wks. Photos in VistA Imaging.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
