"""probe245 corpus notes, Y01-Y07 (assisted living and memory care; all people and places invented)."""

Y01 = {"patient_id": "Y01", "age": 79, "sex": "F", "notes": [
("2022-03-09", "Visiting Physician Monthly Note", """
ALDER COURT ASSISTED LIVING - VISITING PHYSICIAN MONTHLY VISIT
Date of service: 03/09/2022          Provider: R. Castellane, MD

Reason: routine monthly + review of new insulin order.
Hx: 79F with type 2 DM and ESRD - in-centre HD TuThSa at Northgate Dialysis, access: AVF,
L upper arm; paroxysmal AF on apixaban (daughter confirms she never took warfarin);
HTN; mild cognitive impairment.
Came back from St. Anselm 2/13 after a hyperglycemia/UTI admit with a new order for basal
insulin. MAR: insulin glargine 14 units subcut at bedtime, very first dose given here on
2/14/22 (Valentine's Day). Med techs (QMAPs) inject the lower belly, L/R alternated per the
MAR grid. FSBS 140s-190s.
Exam: BMI 31.6 (84.0kg today). Alert, pleasant, chatty. Abd soft, nontender; no bruises where
the shots go, skin intact throughout. Trace ankle edema.
Plan: continue glargine, A1c in April, remind staff to rotate sites. RTC 1 mo.
"""),
("2022-04-21", "MAR Excerpt with Med Tech Notes", """
MEDICATION ADMINISTRATION RECORD - excerpt, April 2022        Res: Y01   Rm 212
Insulin glargine (Lantus) 14 units SUBCUT QHS
 date   time   site   init   comment
 4/15   2058   LLQ    DW
 4/16   2102   RLQ    DW
 4/17   2049   LLQ    TK
 4/18   2110   RLQ    TK     res pointed at L lower belly, said "sore there, dont poke"
 4/19   2055   RLQ    DW     L side skipped - hard purple area ~3cm below/left of navel
 4/20   2100   RLQ    DW     L area bigger ~4 cm, warm?? very tender. RN notified

Med tech note 4/20 (D. Whitcombe, QMAP): Resident first showed me the sore spot on 4/18 at
the HS dose, it was pink and firm then, tonight dark purple with a lacy edge. She winces
when touched. No fall, no bump per res. RN Loretta B. will call Dr Castellane in the AM.
"""),
("2022-05-10", "Dermatology Consult", """
Kestrel Dermatology - consult letter to Dr. Castellane                        10 May 2022
Re: 79 yo woman from Alder Court AL; on haemodialysis for ESRD, T2DM treated with insulin.
L lower abdominal wall: tender plaque, first charted 18 Apr 2022 on the facility MAR.
Today: stellate violaceous plaque 5x6cm, black eschar in its middle ~1.5cm across,
retiform margin, LLQ. Thighs, buttocks and calves clear.
Punch biopsy 26/04/2022 from the plaque edge, L abdomen - findings: tiny dermal + subcut
vessels whose walls stain for calcium (von Kossa), intimal thickening, fat necrosis.
Diagnosis: calciphylaxis.
Comment: the plaque sits squarely in her left-sided insulin injection field; it showed up
about 9 wks after glargine was begun.
Recs: no more injections into the L abdomen - use RLQ or backs of arms. Nephrology to
begin STS IV during dialysis. Calcium alginate + foam, change q48h.
83.1kg, BMI 31.2.
"""),
]}

Y02 = {"patient_id": "Y02", "age": 84, "sex": "M", "notes": [
("2017-11-06", "Fall Incident Report", """
HARROWGATE COMMONS - BLUEBELL MEMORY CARE NEIGHBORHOOD
RESIDENT INCIDENT / FALL REPORT
Date/time of event: 11/05/2017 05:40      Location: res room 14, beside bed
Witnessed: N     Found by: CNA Ofelia Marchetti
Description: res found kneeling on floor gripping the bedrail, stated "I was going to work."
Injuries: abrasion + bruise over R kneecap approx 3x2cm, small amt oozing. No head strike
per res (unreliable historian, BIMS 6). Hips full ROM. Neuro checks q15 min x 1h then q1h, WNL.
Interventions: cleansed, foam dressing applied. Ice pack to R knee 20 min at 0600; on-call
NP (A. Feeney) phoned order: ice to R knee 20 min q4h PRN x 72 h.
Family notified: son Bertram 0715, left voicemail.
Root cause / plan: bed alarm re-set, low bed, floor mat on L side of bed.
"""),
("2017-12-04", "NP Visit Note", """
NP visit - Bluebell neighborhood                                           Dec 4 2017
84M, Alzheimer's; ESRD (HD MWF @ Tidewater, R chest tunneled cath); HTN.
No diabetes (Sept A1c 5.2).
Staff concern: "black scab" on R knee. Per the CNAs the bruise from the Nov 5 fall had
faded, then around Thanksgiving his R kneecap area went purple and hard and he
started guarding it, crying out w/ transfers.
Exam: R anterior knee, overlying the kneecap, 4x5cm violaceous retiform plaque with a black
eschar centrally (1.5cm), exquisitely tender, no warmth, no fluctuance. L knee normal.
A/P: necrotic plaque R knee - concern for calciphylaxis given ESRD/HD; ddx ischemic ulcer.
- message to nephrology (Dr. Adeyemi) re workup
- ice to R knee was stopped last month, do not resume; dressing per wound nurse
- acetaminophen 650 TID scheduled
"""),
("2017-12-19", "Nephrology Rounding Note", """
TIDEWATER DIALYSIS - NEPHROLOGY ROUNDING NOTE        12-19-2017
Seen chairside. Memory care resident; son on speakerphone.
Skin: R knee lesion as per NP note 12/4, eschar now 2 cm, rim of retiform purpura.
Onset 11/23/17 per facility, preceded by the fall with knee abrasion (11/5) and repeated
ice packs to that knee over the following days.
Labs (12/15): PTH 812 (!), phos 7.1, corr. calcium 9.8.
Impression: R knee calciphylaxis - clinical diagnosis. Biopsy over the patella not advised
(poor healing, risk > yield); dx rests on the picture + labs.
Hx: warfarin x 6 mo in 2009 for a DVT, none since.
Plan: thiosulfate 25g intraven. at each dialysis (hr 4 of the run); binder: PhosLo out,
sevelamer in; cinacalcet 30 qd; wound RN weekly. Post wt 71.4 kg, BMI 24.3.
"""),
]}

Y03 = {"patient_id": "Y03", "age": 76, "sex": "F", "notes": [
("2024-01-03", "Weekly Skin Check", """
SYCAMORE LANDING SENIOR LIVING - WEEKLY SKIN CHECK
Wed 1/3/24   Res: Y03   Apt 3C   Done by: Tamsin R., CNA   Reviewed: J. Ochoa LPN
Head/neck: ok     Chest/abd: PD cath exit site R abd, dressing dry (home health manages)
Back/buttocks: intact     Arms/hands: dry flaky skin, intact
Legs/feet: RED LINE across top of L foot where the strap of her new shoes sits, not open.
  Res says the shoes are "a bit snug on the left one". They were a Christmas gift from
  daughter and res hasnt taken them off (except for bed) since.
Nurse note: skin intact, blanchable redness L dorsal foot. Encouraged her to loosen the strap,
offered her old sneakers - res declined ("these match my outfits"). Will call daughter about
a wider size.
"""),
("2024-01-24", "Family Phone Call", """
Phone note 01/24/2024 1410 - J. Ochoa LPN
Daughter (Renata Paz, POA) called. Mom told her the top of her left foot "burns like fire"
and has since about MLK Day (Mon 1/15). Daughter asks if it is the shoes.
Went to apt to assess: L dorsal foot, right on the strap line, 2.5 cm dusky purple firm
patch with a darker centre, very painful to light touch, DP pulse palpable, no drainage.
Shoes removed and bagged, soft slippers for now. Called the PD nurse (home health, Belinda)
and Dr. Yusupova's office, derm/wound appt requested. Daughter agreeable, will bring
wide-toe slippers Sat.
"""),
("2024-02-13", "Dermatology and Wound Clinic Note", """
Marsh Creek Wound & Dermatology        2024-02-13
76 y/o F. ESRD, CCPD each night since 2021; T2DM - glargine 10 u daily; mechanical MVR ->
warfarin, INR kept 2.5 to 3.5 (cardiology will not change to a DOAC).
Biopsy of the lesion on the L dorsum of the foot (01/30/24): arterioles - medial calcium,
luminal thrombus; dermis above necrotic = calciphylaxis.
Course: the strap of tight new shoes pressed across the L instep from Christmas on; the
lesion came up ~3 weeks later exactly along that line.
Today: eschar 3x2.5cm L dorsal foot, retiform purpura rim, no tendon exposed.
BMI 27.5 (62 kg).
Plan: offload - no strapped shoes; IV STS x3/wk at the PD unit per Dr. Yusupova;
collagenase to eschar edge; gabapentin 100mg HS (renal).
"""),
]}

Y04 = {"patient_id": "Y04", "age": 88, "sex": "M", "notes": [
("2019-09-05", "NP Readmission Note", """
PINECREST MANOR MEMORY CARE - NP READMISSION NOTE                          5 Sept 2019
88M, vascular dementia, returned last evening (9/4/19) from Mercy Fallbrook after a 5 day
stay for acute urinary retention + UTI.
Foley 16 Fr was placed in their ED on 8/31/19 and stays until a urology voiding trial
(~2 wks). Since placement the tubing has been taped down to his R inner thigh; facility
to keep doing the same.
PMH: ESRD (eGFR 8) - declined dialysis in 2018 after family meeting, conservative kidney
care with Dr. Lindqvist; AF, warfarin (discharge INR 2.4); BPH; no DM, A1c 5.4.
Exam: frail, oriented to self only. Wt 58.5 kg, BMI 22.1. Abd soft. Foley draining clear
amber urine. Skin intact, heels soft.
Plan: catheter care q shift, tape changed daily, cefalexin for 3 more days at a renal dose,
urology appt 9/17.
"""),
("2019-10-08", "CNA Shift Note and Nurse Skin Check", """
Shift note 10/8/19 days - CNA Haldor P.
Res yelled and swung at me during peri care when I went to change the cath tape on his
right leg. Theres a dark purple-black spot under where the tape goes, bigger than last
week. Told the nurse.

Nurse skin check 10/08/2019 1130 - M. Dubrovnik RN
R medial thigh at the catheter tape site: 5 x 3 cm purple-black patch, firm, stellate
border, faint lacy purple rim, exquisitely tender. Per night nurse first noticed two weeks
ago and charted as "tape burn". No blister, no drainage.
Tape moved to the L thigh w/ silicone securement device. Urology voiding trial postponed.
NP notified, photo uploaded to chart.
"""),
("2019-10-22", "Nephrology Telehealth Note", """
Nephrology (conservative kidney management) - video visit with facility RN + daughter
Oct 22, 2019 - Dr. E. Lindqvist
Photos reviewed, R medial thigh: retiform purpura, necrotic in the centre, larger than
last week.
In an 88 y/o with ESRD not on dialysis who takes warfarin this is calciphylaxis - a clinical
diagnosis; discussed with dermatology (Dr. Moreau) by phone and we agree. Family declines
biopsy; goals are comfort-focused.
It sits at the spot where the Foley tubing has been taped every day since 8/31.
- stopping warfarin 10/22; apixaban 2.5mg BID started
- STS not pursued (no access, goals of care)
- pain: low dose hydromorphone per palliative
Wt 57.2 kg, BMI 21.8.
"""),
]}

Y05 = {"patient_id": "Y05", "age": 81, "sex": "F", "notes": [
("2024-02-12", "Fall Incident Report", """
WILLOWMERE ASSISTED LIVING - FALL / INCIDENT REPORT
Report date: 02/12/2024        Event: Sat 02/10/2024 approx. 21:15
Location: res bathroom          Witnessed: no (pull cord activated)
Found seated on floor, L side against the tub; states she "slid right off the toilet seat".
Injury: large hematoma L lateral hip approx 8x6cm, skin not broken. Leg lengths equal,
no rotation. Stood w/ 2 assist. On-call MD paged; mobile x-ray L hip/pelvis 2/11 - no fx.
Ice pack offered x2, res refused ("too cold, leave me be").
VS stable. Not anticoagulated (no warfarin or DOAC - ASA 81 only).
Follow-up: raised toilet seat with arms installed 2/12, night-light, PT referral for
balance.
"""),
("2024-03-18", "Visiting Physician Monthly Note", """
Visiting physician - monthly + acute add-on       3.18.24
S: Daughter (Coretta) wanted us to see the "bruise that just keeps hanging on" on mom's L hip.
Staff say the fall bruise had faded to yellow, then ~3 wks ago the same spot turned rock
hard and purple, and now she cant lie on her L side.
PMH: ESRD (Ridgeline Kidney Ctr, HD MWF, R arm AVG); T2DM (diet; no agents - Jan A1c
6.4); HTN; osteoporosis.
O: BMI 33.4 (wt 86.2 kg). L lateral hip: indurated violaceous plaque 6x4cm, stellate black
centre, livedo along its margin, exquisitely tender; nothing fluctuant.
A/P: #1 L hip: necrotic plaque, on top of the old hematoma site - calciphylaxis suspected vs
fat necrosis. Urgent derm referral for bx; message nephrology re phos/PTH.
Oxycodone 2.5 q6h as needed.
"""),
("2024-04-02", "Dermatology Consult", """
DERMATOLOGY - Dr. Anouk Brandt                                          2 April 2024
Referred from Willowmere AL. Incisional bx, plaque on the L lateral hip, taken 22/03/2024.
Path: small subcutaneous arterioles showing medial calcification and thrombosis, with
lobular fat necrosis; this fits calciphylaxis.
Hx: the lesion developed in the area of the 10 Feb fall hematoma, roughly 16 days after
the fall, once the bruising had settled.
Today: plaque 7x5cm, eschar 3 cm, no cellulitis.
Wt 85.0 kg today on the clinic scale.
Plan: STS 25g each dialysis session (Ridgeline informed), stop calcium-based binder,
hydrofiber + bordered foam, keep her off the L side in bed, follow-up 4 wks.
"""),
]}

Y06 = {"patient_id": "Y06", "age": 73, "sex": "M", "notes": [
("2021-10-14", "MAR Excerpt - Immunizations", """
THE LANTERN HOUSE AL - MAR / IMMUNIZATION RECORD (excerpt printed 10/14/21)
Resident: Y06        Allergies: NKDA
On-site vaccine clinic 10/12/2021 (pharmacy team, RN G. Abernathy):
  Flu vaccine, HD quad, 0.7mL intramusc. -> R deltoid (R upper arm)
  Shingrix (RZV) 2nd dose, 0.5mL intramusc. -> R deltoid (R upper arm)
  Note: L arm not used - L forearm AV fistula (bedside sign: no BP / no needles L arm)
Observed 15 min after: no reaction. VIS given, res signed.
Scheduled meds (no change): warfarin 3 mg daily (INR weekly drawn at dialysis),
sevelamer 800 three times daily with food, calcium acetate 667 TID, midodrine 5 mg on HD
days.
"""),
("2021-11-09", "NP Visit Note", """
NP note - Lantern House, 11/09/21
CC: "knot" in R upper arm, painful.
HPI: 73M, ESRD, HD Tues/Thurs/Sat; AF, takes warfarin. Prediabetic (A1c 6.1), no meds for
it. On Wed Nov 3 he told the aide his R arm hurt "where the nurse gave me both shots" and
she charted a firm pink lump. It has darkened and spread over the days since.
Exam: firm violaceous nodule 3.5cm, lateral R upper arm, livedo reticularis around it, no
fluctuance, no streaking. Afebrile.
A: painful nodule R upper arm ~3 wks after two IM vaccines at that spot. DDx delayed
injection-site reaction, panniculitis, early calciphylaxis (ESRD + warfarin).
P: derm this month for punch bx, INR, no further IM shots into R arm until seen.
"""),
("2021-11-30", "Dermatology Note", """
Dermatology - Lowell Park Skin Clinic          30-Nov-2021
Punch bx R upper arm (11/16/2021): deep dermal and septal microvessels w/ calcium
deposition + thrombi; adjacent fat necrosis - calciphylaxis.
This arose at the R deltoid vaccination site (flu + Shingrix given 12 Oct); onset 3 Nov.
Nodule has grown to 4cm, central eschar ~1cm. No other skin lesions found.
91kg, BMI 29.4 (overweight).
Recs: warfarin -> apixaban (spoke with cardiology), STS with dialysis, stop calcium
acetate, no further injections into either deltoid; future vaccines into the
anterolateral thigh.
"""),
]}

Y07 = {"patient_id": "Y07", "age": 90, "sex": "F", "notes": [
("2020-12-02", "Family Communication Log", """
Pinecrest Manor - Memory Care - family communication log        12/2/2020
Son Desmond O. called (2nd time this wk). Asks staff to keep using "Mom's hot water bottle"
at bedtime - he brought it in at the start of fall because she was always cold and pulling
at blankets. Night aides top it up with kettle water and tuck it behind her calves under
the quilt; it is still warm at the 2 a.m. rounds.
Per night CNA her legs looked fine at the Sunday bath.
Son also asked about her flu shot - already given 10/6 in the L arm.
Nurse comment: will ask Dr. Ruiz at the next visit whether the bottle is safe; told son hot
water bottles can burn fragile skin.
"""),
("2021-01-11", "Visiting Physician Monthly Note", """
PINECREST MANOR - VISITING PHYSICIAN NOTE - Jan 11, 2021 - F. Ruiz DO
90 yo F, advanced Alzheimer's (FAST 6d), CKD stage 3b (eGFR 36; not a dialysis candidate),
AF on warfarin since 2012, HTN, obesity. No diabetes.
Interval: night aide found black crusted sores behind both calves on New Year's Eve while
taking out the hot water bottle; moaning with repositioning since.
Exam: ulcers with black eschar - posterior L calf 3x2.5cm, posterior R calf 2x2cm - ringed
by dusky retiform purpura, very tender; pedal pulses dopplerable. BMI 36.2.
A/P: painful necrotic ulcers, both posterior calves: calciphylaxis (non-uremic, warfarin)
vs thermal burn. Hot water bottle removed and discarded with son's OK. Derm/wound referral,
INR today.
"""),
("2021-02-01", "Wound and Skin Consult", """
Wound & skin consult (mobile derm NP, J. Achterberg) - 2021-02-01
Bilateral posterior calf ulcers, onset 12/31/2020.
Punch bx R posterior calf edge 01/19/2021: subcutaneous small vessels calcified, thrombi
within, fat necrosis; no burn changes beyond the ulcer. Dx: non-uremic calciphylaxis.
Both ulcers lie exactly where the hot-water bottle rested against her calves every night
since autumn.
L 3.5x3cm, R 2x2.5cm, eschar, no signs of infection. BMI 35.8.
Plan: warfarin -> apixaban (discussed with Dr. Ruiz, son agrees); IV STS not feasible;
medical honey + foam, change every other day; no heat sources in her bed.
"""),
]}

PATIENTS = [Y01, Y02, Y03, Y04, Y05, Y06, Y07]
