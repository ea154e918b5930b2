"""probe235 corpus notes, N01-N07 (infectious diseases / OPAT and the clinics around them; all invented)."""

N01 = {"patient_id": "N01", "age": 61, "sex": "M", "notes": [
("2022-03-07", "ID Clinic HIV Follow-up", """
ID CLINIC - HIV FOLLOW UP
Date of service: 2022-03-07   Attending: R. Okonkwo-Hale, MD

61M w/ HIV (dx 2009), VL <20 on dolutegravir + doravirine, CD4 512. ESRD 2/2 HIVAN,
HD MWF at Larchmont Dialysis via R upper arm AVG. No DM (A1c 5.4). Not on warfarin.
Screening RPR came back 1:32, TP-PA reactive; RPR in 2019 was nonreactive. No chancre,
no rash, neuro exam nonfocal, no visual sx -> late latent syphilis, duration unknown.

Wt 77.0 kg, BMI 24.9.

Plan:
- benzathine penicillin G (Bicillin-LA) 2.4 MU x3 doses, 1 wk apart. Dose #1 given today
  by RN Tomasz, L dorsogluteal site. Pt requests every dose on his L side b/c he sleeps on
  his R.
- doses 2 and 3 booked for 3/14 and 3/21
- repeat RPR at 6 and 12 mo
- partner notification through DIS
"""),
("2022-04-19", "Nephrology HD Rounding Note", """
HD ROUNDS - Larchmont Dialysis, chair 14
4/19/22

Pt reports a "hot knot" on the L buttock that began early April and now hurts too much
to sit on; he spends his runs tilted onto the R hip.
O/E: ~6x4cm violaceous, indurated plaque, upper-outer L buttock; 1.5cm black eschar in its
center, edge purple and netted. Not fluctuant, nothing draining. Afebrile.
Pt volunteers: same place he had his syphilis shots last month.
Ca/PO4/iPTH this wk: 9.8 / 7.4 (was 5.9) / 812; alb 3.3.
DDx - sterile vs infected injection-site collection, or calciphylaxis.
- derm to punch it this wk, ID made aware
- swap Ca acetate for sevelamer carbonate 1600 w/ meals
- no vitamin K antagonist on the med list
"""),
("2022-04-28", "Infectious Diseases Consult", """
INFECTIOUS DISEASES CONSULT - ID fellow note
Requesting: Dr. Vashti Morrow (nephrology). Question: infected injection site, needs abx?

Hx as above. Got all 3 Bicillin doses (3/7, 3/14, 3/21/22), all given IM at one spot,
the L buttock's upper-outer quadrant. Plaque first noticed early April.
Soft tissue US L buttock 4/21: subcutaneous edema, no drainable collection.
Punch bx 4/22 (derm, Dr. Imre Szalai): medial calcium in subcutaneous small
vessels, intraluminal thrombus, necrotic fat. Tissue cx sterile at 5 d; AFB/fungal pending.
Wt today 76.1 kg, BMI 24.6.

Impression: L buttock calciphylaxis, arising at the benzathine penicillin injection sites.
No evidence of abscess or bacterial infection.
- no antibiotics indicated
- nonadherent dressing; STS per nephrology
- RPR 6 mo after tx (Sept)
Discussed w/ Dr. Okonkwo-Hale, who agrees.
"""),
]}

N02 = {"patient_id": "N02", "age": 67, "sex": "F", "notes": [
("2023-08-03", "Infectious Diseases Consult", """
ID CONSULT  |  Hollins Ridge Medical Center  |  08/03/2023
Reason: MSSA bacteremia, back pain

67 y/o F. PMH: atrial fib - on warfarin, INR 2.6 this AM; class III obese (BMI 41.2);
borderline sugars, A1c 6.1, labeled prediabetes - diet alone, no DM meds; OSA.
Cr 0.78, eGFR >60 - normal kidney function.
Came in 7/30 w/ fever and L-sided low back pain. BCx 2/2 MSSA on 7/30, cleared 8/1.
MRI L-spine: L3-L4 discitis/osteomyelitis, small L psoas phlegmon, no epidural abscess.
TEE 8/2: no vegetation.

Recs:
1. cefazolin 2 g IV q8h, 6 wk counted from first neg cx (end ~9/12)
2. fine for a PICC from the ID side; renal fxn normal, no vein-preservation issue
3. OPAT referral; weekly CBC/diff, BMP, ESR, CRP faxed to the OPAT RN
4. baseline ESR 98 / CRP 14.2
"""),
("2023-09-21", "OPAT Clinic Visit", """
OPAT clinic - ID fellow (K. Brandvold) / Sept 21 2023
Dx: MSSA L3-4 vertebral osteo, s/p 6 wk cefazolin (done 9/12) via R basilic single-lumen
PICC, placed at bedside by VAT on Aug 4, 2023 and held w/ StatLock + CHG Tegaderm. Line
left in pending today's review.

Back pain much improved. New: pt spotted a tender violet mark 3 wks ago on the
R medial upper arm, immediately proximal to the PICC insertion, where the dressing edge sat.
Today: 3x2.5cm black eschar, livedoid rim, very painful. No pus. Arm not swollen, no cord
felt. US R arm: no DVT, no thrombophlebitis.
Labs 9/18: WBC 6.9, Cr 0.81, ESR 41, CRP 1.9. INR 3.1.

A/P: ?infection at the line site vs adhesive/pressure injury vs necrosis on warfarin
(calciphylaxis?)
- PICC out today; catheter tip sent for culture
- urgent derm add-on, punch bx
- OPAT episode closed
"""),
("2023-10-03", "Dermatology Clinic Note", """
DERMATOLOGY - Hollins Ridge Skin Clinic
DOS 10/03/2023

HPI: 67F, ID referral, painful eschar R upper arm at the old PICC site, onset late August,
i.e. before the line came out. Normal renal function, long-term warfarin for AF. Wt 109 kg.
Exam: adherent black crust over 3.5x3cm, R medial upper arm, with a halo of retiform
purpura extending 2 cm proximally. L arm and trunk clear.
Path (punch bx 9/22): calcified walls of small dermal and subcutaneous arterioles, intimal
thickening, luminal thrombus; calcium stain (VK) confirms. PICC tip culture: no growth.

Impression: non-uremic calciphylaxis, R medial upper arm - it started at the PICC insertion
site; warfarin a likely contributor.
Plan: ask cardiology about warfarin -> apixaban; IV sodium thiosulfate discussed; gentle
wound care, no adhesive tape on the arm skin; f/u 2 wk.
"""),
]}

N03 = {"patient_id": "N03", "age": 72, "sex": "M", "notes": [
("2024-01-17", "Nephrology HD Rounding Note", """
Nephrology HD rounds  17-Jan-2024   Westbrook Kidney Center, TTS 2nd shift

72M ESRD (diabetic nephropathy) - HD through L brachiocephalic AVF. T2DM: glargine 18u at
bedtime, lispro sliding scale. Gout, CAD. Not anticoagulated. BMI 28-29 all of last year.

Gout flare of the R knee over Christmas; PCP gave a prednisone burst, and his daughter
put ice packs on the R knee from Christmas Day onward, several times daily for ~10 days.
From the first week of Jan a sore patch on the anterior R knee has been getting darker,
now open. Exam: R anterior knee, violaceous plaque 5x4cm with a shallow central ulcer,
firm rim, warm. No effusion appreciated.
Worry: septic prepatellar bursitis / cellulitis.
-> sent to ED after his run; ID consult requested
"""),
("2024-01-18", "Infectious Diseases Consult", """
INFECTIOUS DISEASES CONSULT NOTE (fellow)   1/18/2024
Reason for consult: R knee ulcer, ?septic bursitis, on vanc/cefepime since ED

HPI per nephrology note. Pt says the R knee patch "came up after all that icing".
Afebrile, WBC 8.2, CRP 6.8, uric acid 8.9. BCx x2 NGTD.
Ortho attempted prepatellar bursa aspiration 1/17 - dry tap.
XR R knee: no gas, no erosions. MRI: prepatellar soft tissue edema, no fluid collection,
no osteomyelitis.
Exam: R anterior knee plaque w/ central ulcer and a dusky net-like border; exquisitely
TTP, more than the look of it would predict.

Assessment: not a typical bacterial bursitis. Concern for calciphylaxis (ESRD, insulin,
PTH 640) vs ulcerated tophus vs cellulitis.
Recs: stop cefepime; keep vanc (dosed w/ HD) pending bx; derm to take an incisional
sample from the plaque margin; Ca/phos per renal.
"""),
("2024-01-26", "ID Attending Follow-up", """
ID attending follow-up - Dr. Mireille Ashdown   Jan 26, 2024

Seen w/ fellow. Incisional bx (1/22, derm): calcified subcutaneous arterioles, thrombosed,
with septal panniculitis; Gram stain and tissue cx negative; no urate crystals.
=> calciphylaxis, R anterior knee. No infection.

Lesion is precisely where the ice packs went after Christmas; onset early Jan, roughly
2-3 wk into the cold exposure. Old L knee arthrocentesis (2021) not relevant.
BMI 28.7 today.

Recs:
- d/c vancomycin
- no more icing (or heating) of the legs
- thiosulfate per renal, 25 g each dialysis day
- wound care referral; ID signing off, call with questions
"""),
]}

N04 = {"patient_id": "N04", "age": 59, "sex": "F", "notes": [
("2020-09-18", "Infectious Diseases Consult", """
ID CONSULT - Mercy Lakeshore, 18 Sept 2020

59F w/ ESRD, nightly CCPD since 2018; insulin-requiring T2DM (detemir/aspart); PAD;
LV thrombus treated w/ warfarin 2016-2017 (since stopped); obesity, BMI 33.9.
CC: L great toe ulcer x 2 mo, probes to bone. XR/MRI: osteomyelitis of the L 1st MT head
and proximal phalanx. ESR 102, CRP 9.6. ABI L 0.61.
Podiatry plans a L 1st ray amputation early next week; bone for path/cx at surgery.

Recs:
- hold abx until bone cx obtained unless septic
- post-op: ertapenem 500 mg IV daily (renal dose), duration by margin, via a midline;
  nephrology (Dr. Farouk) ok w/ a R arm midline, no PICC
- weekly CBC, CMP, ESR/CRP while on ertapenem
"""),
("2020-10-02", "Podiatry Post-op Visit", """
PODIATRY POST-OP  10/02/2020
s/p L 1st ray amputation 9/22/20. Path: acute osteomyelitis, proximal margin with residual
osteitis -> ID running ertapenem x 6 wk (end 11/3) through the R upper arm midline.
Bone cx: MSSA + Strep agalactiae.

Incision L medial forefoot intact, sutures in, mild serous drainage, no dehiscence.
Edema 1+ L ankle.
Plan:
- dispensed a tall L CAM walker today for offloading; pt told to wear it whenever up.
  Top strap fastens across the L anterior mid-shin, fitted snug.
- dry dressing q2d, done by her husband (PD-trained)
- RTC 2 wk for suture removal
"""),
("2020-10-29", "OPAT Clinic Visit", """
OPAT VISIT - ID clinic   10/29/2020
Ertapenem day 37 of 42 via R arm midline; line site clean. Labs 10/26: WBC 7.1, eos 4%,
LFTs nl, ESR 58, CRP 2.1.

New problem: since 10/20, a painful wound L ant. mid-shin - right where the top strap of
her CAM boot crosses; she admits keeping it cinched tight. Now 2.5x2cm ulcer, black base,
mottled violaceous margin. L 1st ray incision healed.
XR tib/fib: no periosteal reaction.
Wound swab: sparse CoNS (likely colonizer).

A/P: new L shin ulcer, not in keeping with spread of the foot infection. Ddx: pressure
injury from the device vs calciphylaxis (PD, insulin, PTH 1090, prior warfarin).
- finish ertapenem 11/3 as planned, no extension
- urgent derm bx; podiatry to pad/loosen the strap
"""),
("2020-11-10", "Wound Care Clinic Note", """
WOUND CARE CENTER - initial visit   11/10/20
Referred by ID/derm. Punch bx L anterior shin 11/3: calciphylaxis (vessel-wall Ca
in the subcutis, thrombosed lumens, necrotic fat).

Wound: L anterior mid-shin, 3.0x2.4x0.2cm; bed 80% adherent black eschar / 20% pale
slough; periwound livedo to 4 cm. Pain 7/10.
Location matches the pressure line of the CAM walker strap (boot issued 10/2, ulcer
onset 10/20). Foot amputation site fully closed.
BMI 33.5.

Plan: calciphylaxis wound care - no sharp debridement; medical honey + foam, no
compression; boot swapped for a post-op shoe w/ cushioned insole per podiatry; STS per
nephrology; RTC 1 wk.
"""),
]}

N05 = {"patient_id": "N05", "age": 54, "sex": "F", "notes": [
("2021-05-05", "PD Clinic Note (Nephrology)", """
PD clinic (nephrology NP) - 5/5/2021

54F, lupus nephritis -> ESRD, CAPD since 2019; SLE on HCQ + low-dose pred; APS -
warfarin long term, goal 2-3, today's INR 2.4. Not diabetic. BMI 22.1.

Walk-in: her new kitten scratched her across the R dorsal forearm on Monday (5/3).
Two linear 4-5 cm excoriations, superficial, faint erythema, no pus, no lymphangitis.
Exit site clean. Tdap 2019.
Plan:
- soap and water, topical bacitracin
- amoxicillin-clavulanate 500/125 daily (renal dose) x 5 d given steroids + CKD
- RTC if the redness spreads, if she spikes a fever, or if the scratch lines darken
- PD Rx unchanged; Kt/V due next month
"""),
("2021-05-24", "Infectious Diseases Consult", """
INFECTIOUS DISEASES - outpatient consult   24 May 2021
Referred for "non-healing cat scratch wound, R forearm, failed Augmentin"

Hx: kitten scratch R dorsal forearm 5/3/21. The scratches looked fine until about May 12,
when the area went purple and extremely painful; a black center has formed since.
Exam: R dorsal forearm 7x3cm stellate violaceous plaque tracking along the scratch
lines, central 2 cm eschar, livedo at margins. No axillary/epitrochlear LAD. Afebrile.
WBC 5.2. iPTH 455; Ca 10.1; phosphate 6.8. INR 2.7.

Assessment: not how Pasteurella or Bartonella usually behave. Concern for calciphylaxis
(PD, warfarin, SLE) vs necrotizing infection vs lupus vasculopathy.
Plan: Bartonella henselae IgG/IgM; punch bx for histo + tissue cx (bacterial, fungal,
AFB); hold further abx until results.
"""),
("2021-06-02", "ID Clinic Follow-up", """
ID clinic f/u - 06/02/21

Bx R forearm (5/26): medial calcification of small vessels, luminal thrombi, adipocyte
necrosis. Vasculitis absent; GMS and Gram stains negative. Tissue cx: no growth.
Bartonella IgG <1:64, IgM neg.

Dx: calciphylaxis of the R forearm, arising along the lines of the kitten scratches
(scratch 5/3, onset ~5/12). Not an infection.
- no antibiotics
- nephrology to address warfarin (APS - hematology input needed) and start STS
- wound: petrolatum gauze; keep the kitten off that arm
- ID will see prn
BMI unchanged, 22.1.
"""),
]}

N06 = {"patient_id": "N06", "age": 66, "sex": "M", "notes": [
("2019-02-06", "Infectious Diseases Consult", """
ID CONSULT  2019-02-06
Pt: 66M, ESRD, dialysis Mon/Wed/Fri (R IJ tunneled cath; his L arm fistula is immature);
HTN; large ventral hernia; obesity (BMI 36.0). Not diabetic. Home meds include no
anticoagulant.

Admitted 2019-02-04 w/ fever + severe mid-back pain. BCx 3/3 MRSA. MRI T-spine:
T11-T12 discitis/osteomyelitis, small ventral epidural phlegmon, no cord compression.
TTE: no veg; TEE pending.
VTE prophylaxis on the ward = heparin 5000 units subcut three times a day from admission
day, injected into the anterior thighs (both) because the hernia takes up the abdominal wall.

Recs:
- vancomycin with HD, target pre-dialysis level 15-20
- tunneled cath is the likely source; exchange/removal per IR + nephrology
- repeat BCx q48h until negative
- 6-8 wk total, end date from first neg cx
"""),
("2019-03-05", "OPAT at Dialysis - ID Fellow Note", """
ID FELLOW - OPAT check at HD unit (Brightwater Dialysis)   3/5/19
Vanc week 4 of 8, dosed after each run; pre-HD levels 17.9 (3/1) and 19.4 (3/4).
BCx negative since 2/7. Back pain down to 3/10. Discharged 2/16 w/ a new tunneled cath.

New issue: since 2/27, a firm exquisitely tender patch, L anterior thigh; it has turned
purple, dark in the middle, ~5x5cm, mottled edge. He points out it is where the nurses gave
the heparin shots in hospital. R thigh: a few faded bruises, no plaque.
No fever. CRP 3.1 (from 18).

Impression: ?calciphylaxis vs hematoma vs cellulitis; MRSA seeding unlikely.
- derm consult (outside, Dr. Lindqvist) this week for bx
- vanc unchanged
- PTH, Ca, phos passed to nephrology
"""),
("2019-03-12", "Dermatology Consultation Letter", """
Dermatology consultation letter
Dr. Annika Lindqvist, Brightwater Skin Practice - 12.03.2019

Dear colleagues,
thank you for sending Mr. Pellegrini, 66, on haemodialysis. The painful lesion on the left
anterior thigh began on 27/02/2019, some three weeks after subcutaneous heparin was
started in hospital (04/02/2019), the injections having been placed in both thighs.
Findings: an indurated purpuric plaque, 6 x 5 cm, necrotic centrally, livedo racemosa
around its periphery; right thigh unremarkable apart from old bruising.
Deep incisional biopsy taken 07/03/2019: walls of small subcutaneous arteries calcified
(von Kossa), lumina thrombosed, fat lobules necrotic.
Conclusion: left thigh calciphylaxis, at former heparin injection sites.
Recommendations: sodium thiosulfate during dialysis sessions; discontinue the
calcium-containing phosphate binder; analgesia; please avoid injecting into either thigh
in future.
Yours sincerely, A. Lindqvist
"""),
]}

N07 = {"patient_id": "N07", "age": 48, "sex": "F", "notes": [
("2025-07-08", "Nephrology HD Clinic Note", """
Monthly HD clinic visit - nephrology   July 8, 2025
48F, ESRD (IgA nephropathy); dialyzes in-centre Tue/Thu/Sat, L radiocephalic AVF. T2DM,
diet-only (HbA1c 6.6%), takes no insulin and no tablets. Obesity, BMI 38.2. No
anticoagulation.

Interval: open ventral hernia repair w/ retrorectus mesh at Calder Valley Hospital in
mid-June. Midline incision from epigastrium to below the umbilicus, staples out, healed,
no drainage. Mild soreness only.
Labs: Hb 10.4 | K 5.1 | Ca/PO4 9.6/6.9 (H) | PTH 702 | alb 3.6.
Plan: phosphorus diet teaching again; sevelamer goes up to 2400 mg thrice daily with
food; continue calcitriol for now (hold if Ca climbs); EDW unchanged at 101.5 kg.
"""),
("2025-09-09", "Infectious Diseases Consult", """
INFECTIOUS DISEASES CONSULT   9/9/2025
Reason: ?mesh infection - painful dusky skin along the hernia incision

48F on HD; mesh repair of a ventral hernia (open, mid-June 2025, outside hospital).
Since Labor Day: burning along the lower scar, followed by dark patches.
Exam: along the healed midline incision, periumbilical and infraumbilical, three
confluent plaques 2-4 cm, violaceous with black central eschar, livedoid net around them.
Nothing draining; no sinus; nothing fluctuant. T 37.1.
CT A/P w/ contrast: mesh in expected position, no peri-mesh fluid or gas; subcutaneous
fat stranding along the incision.
WBC 7.8, CRP 2.4, lactate nl.

A/P: doubt mesh infection. Concern: calciphylaxis (ESRD, phosphate high, PTH in the 700s,
obesity). Recs: no empiric abx; derm bx of a plaque edge; surgery aware, no explant.
"""),
("2025-09-23", "ID Attending Follow-up", """
ID follow-up note (attending Dr. Pieter Voskuijlen)   23 Sep 2025

Derm bx 9/15: calcified subcutaneous arterioles, fibrin thrombi, lobular fat necrosis,
positive VK stain; tissue cx no growth. => calciphylaxis.
Lesions confined to the hernia incision (onset 9/1, Labor Day), some 11 wk after the
surgery; mesh not involved on CT.
Assessment: calciphylaxis developing within a surgical scar. No infectious process found.
- ID signs off; no antibiotics
- STS 25 g each HD session, cinacalcet started by renal
- wound care in clinic, no debridement for now
- call if fever, drainage from the incision, or spreading redness
"""),
]}

PATIENTS = [N01, N02, N03, N04, N05, N06, N07]
