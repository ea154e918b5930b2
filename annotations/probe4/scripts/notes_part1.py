"""Probe4 notes, patients W01-W05 (synthetic; every sentence written for this corpus)."""

PATIENTS = [
    {
        "patient_id": "W01",
        "age": 61,
        "sex": "F",
        "notes": [
            ("2021-04-12", "Dialysis Rounds", """
HD RNDS - MWF chair 7, 2nd shift
S: pt c/o new painful spot L side of pannus x3 wks. Started as purple mottled patch, now w/ dusky black
center. Pain 8/10, keeps her up at night. No fevers.
Access: R IJ tunneled cath, site clean, no drainage. AVF L arm maturing, +thrill.
Meds reviewed: lantus 34u qhs + humalog SSI w/ meals (self-injects), sevelamer, cinacalcet, apixaban.
Pt volunteers she puts "all my shots" into the lower fold of her pannus, L more than R, "because I can
see what I'm doing there" -- has done so since Jan 2020 when she came off metformin.
O: BP 152/84, wt 118.3 kg (EDW 117), BMI 41.2.
Skin: L lower pannus ~5 x 4 cm violaceous, net-like border, central black eschar, exquisitely tender.
A/P:
# ESRD on HD via TDC - K 5.4, adjust bath to 2K. Kt/V 1.31.
# T2DM, insulin-requiring - A1c 8.1
# L pannus lesion - worrisome for calciphylaxis given Ca x P 68 and PTH 912. Derm c/s today, hold
  any Ca-based binders, start STS discussion w/ attending.
"""),
            ("2021-04-14", "Dermatology Consult", """
Dermatology Inpatient Consultation

Requesting: nephrology. Question: necrotic lesion of pannus.

HPI: 61F with ESRD (HD MWF), insulin-treated type 2 diabetes and morbid obesity. Three weeks of a
painful lesion on the left lower pannus. She points to the area as the very spot she
uses for glargine and lispro, for over a year now. No heating pad use, no ice, no belts, no recent falls. Not
on warfarin; she takes apixaban for paroxysmal AF.

Exam: Left inferior pannus with a stellate retiform purpura (6 by 4 cm) encircling a firm adherent
eschar; rim of livedo extends toward the umbilicus. Right pannus has scattered small bruises from
older injections, no purpura. Lower extremities without ulceration.

Impression: Retiform purpura with eschar at insulin injection sites on the pannus. Concern for
calciphylaxis; differential includes cholesterol emboli and vasculopathy of another cause.
Plan: a pair of 4 mm punch biopsies taken at the border today (histology incl. von Kossa stain; the second
for tissue culture). Recommend she stop injecting into the pannus and use the upper arms instead.
Avoid trauma to the area. Wound care per WOC RN.
"""),
            ("2021-04-19", "Surgical Pathology", """
SURGICAL PATHOLOGY REPORT

SPECIMENS RECEIVED: A. SKIN, LEFT LOWER PANNUS, PUNCH BIOPSY. B. SKIN, LEFT LOWER PANNUS, PUNCH (CULTURE, SENT
TO MICRO).

FINAL DIAGNOSIS:
A. SKIN AND SUBCUTIS, LEFT LOWER PANNUS: CALCIPHYLAXIS. SMALL ARTERIOLES OF THE SUBCUTANEOUS FAT WITH
CALCIUM RINGING THE VESSEL WALLS (VON KOSSA POSITIVE), THICKENED INTIMA AND FIBRIN THROMBI IN THE
LUMEN; OVERLYING EPIDERMAL NECROSIS AND FAT NECROSIS.

COMMENT: FINDINGS DISCUSSED WITH DR. OKONJO-BRANDT ON 4/19/21.
"""),
        ],
    },
    {
        "patient_id": "W02",
        "age": 58,
        "sex": "M",
        "notes": [
            ("2023-01-09", "History and Physical (dictated)", """
ST. BRENDAN REGIONAL MEDICAL CENTER
HISTORY AND PHYSICAL EXAMINATION

DATE OF ADMISSION: 01/09/2023

CHIEF COMPLAINT: "My leg has a black spot that hurts."

HISTORY OF PRESENT ILLNESS: Mr. Oduya is a 58-year-old with kidney failure from IgA
nephropathy who does continuous cycler peritoneal dialysis at home every night. He
also has atrial fibrillation for which he has taken warfarin for about six years. He states that
since mid-December he has been getting bad cramps in the left calf at night and has been going to
bed with a hot water bottle tucked against the back of that calf, with only a thin kitchen towel around it. On
New Year's Day he first noticed a dusky purple, very tender patch right where the bottle rests.
Over the last week the center turned black and hard. He has had no fever. He denies any fall, bug
bite or scratch to that leg. He has never been diabetic.

PAST MEDICAL HISTORY: ESKD, CCPD since 2020. Atrial fibrillation. Hypertension.
Gout. Secondary hyperparathyroidism.

PAST SURGICAL HISTORY: 2015 right knee arthroplasty. Peritoneal dialysis catheter placement
2020.

MEDICATIONS: Warfarin 5 mg daily, calcium acetate with meals, calcitriol, metoprolol, allopurinol.

SOCIAL HISTORY: Retired school bus driver. Quit smoking in 1999. Drinks no alcohol.

FAMILY HISTORY: His father formed kidney stones. He knows of no relative with a similar skin problem.

PHYSICAL EXAMINATION:
VITALS: T 98.4, pulse 82 irregular, blood pressure 146/90. Weight 89 kg. Body mass
index 28.4.
SKIN: On the posterior left calf there is an oval 7 x 5 cm area of retiform violaceous discoloration
with a 3 cm central black eschar. Even light touch provokes severe pain. The outline is
remarkably similar in shape to the hot water bottle, which his wife brought in. The right leg shows
only a well-healed midline knee scar.
ABDOMEN: Peritoneal dialysis catheter exit site clean.

LABORATORY DATA: INR 3.4. Calcium 9.9, phosphorus 7.2, PTH 640.

ASSESSMENT AND PLAN:
1. Left calf necrotic retiform lesion; warfarin-treated PD patient who also takes calcium-based
binders. Calciphylaxis is the leading concern; warfarin skin necrosis is far less likely given six
years of therapy. Dermatology to biopsy. Stop calcium acetate, start sevelamer.
2. Atrial fibrillation: hold warfarin, heparin drip for now.
3. He was told not to use the hot water bottle or any other heat on the leg.

DICTATED BY: R. VANTERPOOL, MD
"""),
            ("2023-01-20", "Discharge Summary", """
DISCHARGE SUMMARY

ADMIT 1/9/23   DISCHARGE 1/20/23

PRINCIPAL DIAGNOSIS: Calciphylaxis, left posterior calf, biopsy-proven.

HOSPITAL COURSE: The calf was biopsied (incisional, down to fat) on 1/11; it showed calcified small
subcutaneous vessels and thrombosis, confirming calciphylaxis. IV sodium thiosulfate was started
and will continue three times weekly in the infusion chair of his PD unit. Warfarin was permanently
discontinued and apixaban started. Wound care with calcium alginate and foam. Pain controlled with
hydromorphone.

DISCHARGE INSTRUCTIONS: Do not put hot or cold things on the legs. Keep wound dressed daily.
"""),
        ],
    },
    {
        "patient_id": "W03",
        "age": 67,
        "sex": "F",
        "notes": [
            ("2024-11-04", "Podiatry Clinic", """
PODIATRY - NEW PT

67 yo F on HD Tues-Thurs-Sat for ESRD; DM2 (diet + linagliptin, never on insulin), obese (BMI 33.0), referred by
dialysis RN for a wound on top of her L foot.

Hx: Bought stiff new sneakers for a family wedding and has worn them every day since Oct 2nd
because "they look nice." Says the tongue and the top eyelet rubbed the top of the left foot all
day. Noticed a blister there ~10/20 that broke and turned black. No wound on the R foot.

Exam: L dorsum of foot, over 2nd-3rd metatarsals: 2.5 x 2.0 cm dry black eschar, surrounding
purple netlike discoloration spreading proximally, very painful to touch (out of proportion).
Pedal pulses present by doppler on both feet. Monofilament: decreased sensation toes b/l. R heel: thick callus, no
breakdown.

A/P:
- L dorsal foot eschar - not a typical neuropathic or pressure ulcer location or appearance;
  pain and retiform border raise concern for calciphylaxis. Punch bx from margin done today.
- Off-load: surgical shoe L, no more sneakers.
- ABIs ordered.
"""),
            ("2024-11-08", "Surgical Pathology", """
Surgical pathology - final

Specimen: skin, left dorsal foot, 4 mm punch.
Diagnosis: Calciphylaxis (calcific uremic arteriolopathy). Small vessels of deep dermis/subcutis
show medial calcium deposits with focal thrombosis; ischemic epidermal necrosis.
Stains: von Kossa positive in vessel walls. PAS: no fungal elements. No vasculitis.
"""),
            ("2024-11-11", "Wound Care Nursing", """
WOC RN visit. Pt seen in HD unit before treatment.
Wound #1 L dorsal foot: bx-proven calciphylaxis per podiatry. 2.7 x 2.2 cm, 100% black stable
eschar, no drainage, no odor. Periwound: violaceous, mottled. pain 7/10 during dsg change.
Dressing: betadine paint to eschar, dry gauze, loose wrap. Pt wearing post-op shoe as instructed.
Educated pt and daughter: no tight footwear, no heating pad or soaking of feet.
Will follow weekly on HD days.
"""),
        ],
    },
    {
        "patient_id": "W04",
        "age": 72,
        "sex": "M",
        "notes": [
            ("2024-03-28", "General Surgery Clinic", """
General Surgery Post-op Visit

Procedure: excision of 4 cm lipoma, right posterior arm, done here 02/03/2024 under local. Closed
with 3-0 nylon and steri-strips.

Interval: Sutures out at 2 weeks, incision looked fine then. Pt on HD MWF (ESRD from
nephrosclerosis) and on Coumadin for a mechanical mitral valve. He says that around the 20th of March
the scar started getting purple, hard and "burning", and a black crust has formed along the middle of
the incision since then.

Exam: Right posterior upper arm, along the healed 5 cm linear incision: 4 x 2 cm eschar, black, with
stellate violaceous border and surrounding induration; markedly tender. No fluctuance, no purulent
drainage. L arm with brachiocephalic fistula, good thrill.

Impression: Necrosis along a healed excision scar, 6+ weeks out. Not a typical wound infection. Given
ESRD and warfarin, I am worried about calciphylaxis. Referred to derm for biopsy urgently.
"""),
            ("2024-04-02", "Dermatology Consult", """
DERM C/S
72M ESRD on HD MWF, mech MVR on warfarin (INR 2.8), s/p lipoma excision R post arm 2/3.
CC: painful black scar R back of arm since ~3/20.
Denies: trauma to the arm after surgery, injections in the arm, heat/ice to the area.
PE: R posterior arm w/ 4.5 x 2 cm eschar following incision line, retiform purpura at periphery.
Trunk, thighs, legs: clear.
A: r/o calciphylaxis in surgical scar vs. warfarin necrosis (improbable on long-standing warfarin) vs.
   atypical infection.
P: 6 mm punch bx x2 at the edge (H&E + von Kossa; culture). F/u path.
"""),
            ("2024-04-05", "Pathology Addendum", """
ADDENDUM (4/5/2024)
Right posterior arm, punch biopsies: Calcific uremic arteriolopathy. Arterioles in the fat show
ring-like calcium in their walls, fibrointimal thickening and occlusive thrombi; calcium is also
deposited along the fat septa. Tissue culture: no growth.
"""),
        ],
    },
    {
        "patient_id": "W05",
        "age": 49,
        "sex": "F",
        "notes": [
            ("2022-07-15", "Patient Portal Message", """
Hi Dr Abernathy, sorry to bother you on a friday. I got eaten up by mosquitos at my sisters cookout on
the 4th of July, mostly on my left inner thigh area because I was wearing shorts, and I scratched
them a lot. Now 3 of the bites on my left inner thigh are hard and dark purple and one is kind of black
in the middle. They started turning dark last Saturday (the 9th). It hurts way more than a bite
should, like a burning. My pump site is on my belly and thats fine. Should I go to the ER? I have
dialysis tomorrow morning. - Latisha
"""),
            ("2022-07-16", "Emergency Department Note", """
ED PHYSICIAN NOTE
Chief complaint: thigh sores, painful

HPI: 49 y/o F w/ type 1 DM on insulin pump, ESRD on HD TTS through a L AVF, obesity, presents after
dialysis, sent by nephrologist after portal message. Reports multiple mosquito bites on L inner thigh
on 7/4, scratched them, and since 7/9 three of them have become hard, dark and very painful. Denies
fever, chills, drainage. No new meds. No warfarin or other anticoagulant.

ROS: otherwise neg x 10 systems.

PE: T 37.1, HR 96, BP 168/92. BMI 31.5.
Skin: medial L thigh w/ 3 firm violaceous plaques 1-3 cm, largest w/ central black necrosis,
surrounded by faint livedo. Small excoriations nearby. No fluctuance or crepitus. R thigh clear.
Insulin pump cannula R lower abdomen, site clean.

MDM: Not consistent with simple cellulitis or abscess. In a dialysis pt the painful necrotic plaques
raise concern for calciphylaxis. Necrotizing soft tissue infection considered, no crepitus, LRINEC
low. Derm called, will see as outpt Thursday; bx then.

Dispo: home w/ oxycodone, wound care teaching. Return precautions given.
"""),
            ("2022-07-21", "Dermatology Clinic", """
Dermatology Clinic Note

Seen for L inner thigh lesions. Arose in mosquito bites (7/4/22) that she scratched; dark and painful
from 7/9/22. Today the largest plaque has a 1.5 cm eschar.

Procedure: incisional biopsy of the largest plaque, medial L thigh, with deep fat.

Results (frozen-permanent, called same day): vascular calcification with thrombosis in the subcutis,
consistent with calciphylaxis.

Assessment: Left medial thigh calciphylaxis, arising in scratched insect bites (Koebner-type
localization). ESRD on HD. T1DM on pump. Obesity.
Plan: IV sodium thiosulfate with HD, stop calcium carbonate, wound care, pain regimen. Avoid
scratching and protect skin from further bites (repellent, long pants).
"""),
        ],
    },
]
